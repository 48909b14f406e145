package org.smartbizflow.crm.contact.port.in;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Set;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.contact.ContactAccountLinkType;
import org.smartbizflow.crm.shared.PageRequest;

/**
 * A page of the people linked to an account.
 *
 * @param accountId the account
 * @param types     the link types wanted; empty for all
 * @param currentOn only links that hold on this day, or null for current and past
 * @param page      which page
 */
public record AccountContacts(@NotNull AccountId accountId, @NotNull Set<ContactAccountLinkType> types,
                              LocalDate currentOn, @NotNull PageRequest page) {

    public AccountContacts {
        types = types == null ? null : Set.copyOf(types);
    }

    /** The first page of every link of the account. */
    public static AccountContacts of(AccountId account) {
        return new AccountContacts(account, Set.of(), null, PageRequest.firstPage());
    }

    public AccountContacts ofTypes(ContactAccountLinkType... wanted) {
        return new AccountContacts(accountId, Set.of(wanted), currentOn, page);
    }

    public AccountContacts currentOn(LocalDate day) {
        return new AccountContacts(accountId, types, day, page);
    }

    public AccountContacts page(PageRequest wanted) {
        return new AccountContacts(accountId, types, currentOn, wanted);
    }
}
