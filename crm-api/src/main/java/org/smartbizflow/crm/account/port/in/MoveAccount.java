package org.smartbizflow.crm.account.port.in;

import jakarta.validation.constraints.NotNull;
import org.smartbizflow.crm.account.AccountId;

/**
 * Move an account, with everything below it, under another parent.
 *
 * @param accountId       the account to move
 * @param newParentId     the new parent, or null to make it a top-level account
 * @param expectedVersion the account version the caller read, or null to skip the check
 */
public record MoveAccount(@NotNull AccountId accountId, AccountId newParentId, Long expectedVersion) {

    public static MoveAccount under(AccountId accountId, AccountId newParentId) {
        return new MoveAccount(accountId, newParentId, null);
    }

    public static MoveAccount toTop(AccountId accountId) {
        return new MoveAccount(accountId, null, null);
    }
}
