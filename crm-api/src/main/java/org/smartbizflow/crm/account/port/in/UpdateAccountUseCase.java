package org.smartbizflow.crm.account.port.in;

import org.smartbizflow.crm.account.AccountView;

/** Change an account's profile or owner. */
public interface UpdateAccountUseCase {

    /**
     * @return the account as stored afterwards
     * @throws org.smartbizflow.crm.shared.NotFoundException when the tenant has no such account
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when the expected version is stale
     * @throws org.smartbizflow.crm.shared.AccessDeniedException when the actor may not change it
     */
    AccountView update(UpdateAccount command);
}
