package org.smartbizflow.crm.account.port.in;

import jakarta.validation.constraints.NotNull;
import org.smartbizflow.crm.account.AccountFilter;
import org.smartbizflow.crm.shared.PageRequest;

/**
 * A page of accounts matching a filter.
 *
 * @param filter criteria
 * @param page   which page
 */
public record SearchAccounts(@NotNull AccountFilter filter, @NotNull PageRequest page) {

    public static SearchAccounts firstPage(AccountFilter filter) {
        return new SearchAccounts(filter, PageRequest.firstPage());
    }
}
