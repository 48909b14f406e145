package org.smartbizflow.crm.account.port.in;

import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountView;

/** Read one account. */
public interface GetAccountUseCase {

    /**
     * @throws org.smartbizflow.crm.shared.NotFoundException when the tenant has no such account
     * @throws org.smartbizflow.crm.shared.AccessDeniedException when the actor may not see it
     */
    AccountView get(AccountId id);
}
