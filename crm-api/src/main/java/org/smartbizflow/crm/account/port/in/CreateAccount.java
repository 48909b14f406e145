package org.smartbizflow.crm.account.port.in;

import jakarta.validation.constraints.NotNull;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountProfile;
import org.smartbizflow.crm.shared.UserId;

/**
 * Create an account.
 *
 * @param profile  what the account says about the organisation
 * @param ownerId  the owner; null makes the acting user the owner
 * @param parentId the account to create it under, which must exist; null for a top-level account.
 *                 A new account has nothing below it, so no cycle can arise and no hierarchy
 *                 lock is taken
 */
public record CreateAccount(@NotNull AccountProfile profile, UserId ownerId, AccountId parentId) {

    public CreateAccount(AccountProfile profile, UserId ownerId) {
        this(profile, ownerId, null);
    }

    public CreateAccount(AccountProfile profile) {
        this(profile, null, null);
    }

    public CreateAccount ownedBy(UserId owner) {
        return new CreateAccount(profile, owner, parentId);
    }

    /** The same account, created under {@code parent}. */
    public CreateAccount under(AccountId parent) {
        return new CreateAccount(profile, ownerId, parent);
    }
}
