package org.smartbizflow.crm.opportunity;

import java.util.UUID;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Identity of an opportunity (a deal in a pipeline).
 *
 * @param value the UUID
 */
public record OpportunityId(UUID value) {

    public OpportunityId {
        Preconditions.notNull(value, "opportunityId");
    }

    public static OpportunityId of(UUID value) {
        return new OpportunityId(value);
    }

    public static OpportunityId parse(String text) {
        try {
            return new OpportunityId(UUID.fromString(Preconditions.notBlank(text, "opportunityId")));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("opportunityId", "is not a UUID: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
