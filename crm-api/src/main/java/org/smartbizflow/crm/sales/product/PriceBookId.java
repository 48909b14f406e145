package org.smartbizflow.crm.sales.product;

import java.util.UUID;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Identity of a price book (a named list of list prices).
 *
 * @param value the UUID
 */
public record PriceBookId(UUID value) {

    public PriceBookId {
        Preconditions.notNull(value, "priceBookId");
    }

    public static PriceBookId of(UUID value) {
        return new PriceBookId(value);
    }

    public static PriceBookId parse(String text) {
        try {
            return new PriceBookId(UUID.fromString(Preconditions.notBlank(text, "priceBookId")));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("priceBookId", "is not a UUID: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
