package org.smartbizflow.crm.sales.product;

import java.util.UUID;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Identity of a product of the catalogue.
 *
 * @param value the UUID
 */
public record ProductId(UUID value) {

    public ProductId {
        Preconditions.notNull(value, "productId");
    }

    public static ProductId of(UUID value) {
        return new ProductId(value);
    }

    public static ProductId parse(String text) {
        try {
            return new ProductId(UUID.fromString(Preconditions.notBlank(text, "productId")));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("productId", "is not a UUID: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
