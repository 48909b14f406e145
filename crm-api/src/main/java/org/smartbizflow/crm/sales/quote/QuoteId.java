package org.smartbizflow.crm.sales.quote;

import java.util.UUID;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Identity of a quote (all its revisions share it).
 *
 * @param value the UUID
 */
public record QuoteId(UUID value) {

    public QuoteId {
        Preconditions.notNull(value, "quoteId");
    }

    public static QuoteId of(UUID value) {
        return new QuoteId(value);
    }

    public static QuoteId parse(String text) {
        try {
            return new QuoteId(UUID.fromString(Preconditions.notBlank(text, "quoteId")));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("quoteId", "is not a UUID: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
