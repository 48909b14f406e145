package org.smartbizflow.crm.account.port.in;

import jakarta.validation.constraints.NotNull;
import org.smartbizflow.crm.account.AccountProfile;
import org.smartbizflow.crm.shared.UserId;

/**
 * Create an account.
 *
 * @param profile what the account says about the organisation
 * @param ownerId the owner; null makes the acting user the owner
 */
public record CreateAccount(@NotNull AccountProfile profile, UserId ownerId) {

    public CreateAccount(AccountProfile profile) {
        this(profile, null);
    }

    public CreateAccount ownedBy(UserId owner) {
        return new CreateAccount(profile, owner);
    }
}
