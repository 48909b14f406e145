package org.smartbizflow.crm.account;

import java.util.UUID;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Identity of a sales territory.
 *
 * @param value the UUID
 */
public record TerritoryId(UUID value) {

    public TerritoryId {
        Preconditions.notNull(value, "territoryId");
    }

    public static TerritoryId of(UUID value) {
        return new TerritoryId(value);
    }

    public static TerritoryId parse(String text) {
        try {
            return new TerritoryId(UUID.fromString(Preconditions.notBlank(text, "territoryId")));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("territoryId", "is not a UUID: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
