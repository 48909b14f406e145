package org.smartbizflow.crm.account.port.in;

import org.smartbizflow.crm.account.AccountId;

/** Create an account. */
public interface CreateAccountUseCase {

    /**
     * @throws org.smartbizflow.crm.shared.ValidationException when the command is invalid
     * @throws org.smartbizflow.crm.shared.AccessDeniedException when the actor may not create accounts
     */
    AccountId create(CreateAccount command);
}
