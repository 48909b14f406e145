package org.smartbizflow.crm.account.port.in;

import jakarta.validation.constraints.NotNull;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountProfile;
import org.smartbizflow.crm.shared.UserId;

/**
 * Replace an account's profile and, optionally, its owner.
 *
 * @param accountId       the account
 * @param profile         the complete new profile
 * @param ownerId         the new owner, or null to keep the current one
 * @param expectedVersion the version the caller read, or null to skip the check
 */
public record UpdateAccount(@NotNull AccountId accountId, @NotNull AccountProfile profile, UserId ownerId,
                            Long expectedVersion) {

    public UpdateAccount(AccountId accountId, AccountProfile profile) {
        this(accountId, profile, null, null);
    }

    public UpdateAccount ownedBy(UserId owner) {
        return new UpdateAccount(accountId, profile, owner, expectedVersion);
    }

    public UpdateAccount expectingVersion(long version) {
        return new UpdateAccount(accountId, profile, ownerId, version);
    }
}
