package org.smartbizflow.crm.lead.nurture;

import java.util.UUID;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Identity of a nurture sequence.
 *
 * @param value the UUID
 */
public record NurtureSequenceId(UUID value) {

    public NurtureSequenceId {
        Preconditions.notNull(value, "nurtureSequenceId");
    }

    public static NurtureSequenceId of(UUID value) {
        return new NurtureSequenceId(value);
    }

    public static NurtureSequenceId parse(String text) {
        try {
            return new NurtureSequenceId(UUID.fromString(Preconditions.notBlank(text, "nurtureSequenceId")));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("nurtureSequenceId", "is not a UUID: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
