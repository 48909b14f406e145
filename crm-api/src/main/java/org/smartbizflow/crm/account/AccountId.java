package org.smartbizflow.crm.account;

import java.util.UUID;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Identity of an account (a company or organisation the tenant sells to).
 *
 * @param value the UUID
 */
public record AccountId(UUID value) {

    public AccountId {
        Preconditions.notNull(value, "accountId");
    }

    public static AccountId of(UUID value) {
        return new AccountId(value);
    }

    public static AccountId parse(String text) {
        try {
            return new AccountId(UUID.fromString(Preconditions.notBlank(text, "accountId")));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("accountId", "is not a UUID: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
