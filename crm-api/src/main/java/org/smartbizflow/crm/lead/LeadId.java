package org.smartbizflow.crm.lead;

import java.util.UUID;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Identity of a lead.
 *
 * @param value the UUID
 */
public record LeadId(UUID value) {

    public LeadId {
        Preconditions.notNull(value, "leadId");
    }

    public static LeadId of(UUID value) {
        return new LeadId(value);
    }

    public static LeadId parse(String text) {
        try {
            return new LeadId(UUID.fromString(Preconditions.notBlank(text, "leadId")));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("leadId", "is not a UUID: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
