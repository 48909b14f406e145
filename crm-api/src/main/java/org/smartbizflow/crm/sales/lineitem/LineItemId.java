package org.smartbizflow.crm.sales.lineitem;

import java.util.UUID;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Identity of one line item of an opportunity.
 *
 * @param value the UUID
 */
public record LineItemId(UUID value) {

    public LineItemId {
        Preconditions.notNull(value, "lineItemId");
    }

    public static LineItemId of(UUID value) {
        return new LineItemId(value);
    }

    public static LineItemId parse(String text) {
        try {
            return new LineItemId(UUID.fromString(Preconditions.notBlank(text, "lineItemId")));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("lineItemId", "is not a UUID: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
