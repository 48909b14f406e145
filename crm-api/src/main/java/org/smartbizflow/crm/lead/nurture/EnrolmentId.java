package org.smartbizflow.crm.lead.nurture;

import java.util.UUID;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Identity of the enrolment of a lead in a nurture sequence.
 *
 * @param value the UUID
 */
public record EnrolmentId(UUID value) {

    public EnrolmentId {
        Preconditions.notNull(value, "enrolmentId");
    }

    public static EnrolmentId of(UUID value) {
        return new EnrolmentId(value);
    }

    public static EnrolmentId parse(String text) {
        try {
            return new EnrolmentId(UUID.fromString(Preconditions.notBlank(text, "enrolmentId")));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("enrolmentId", "is not a UUID: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
