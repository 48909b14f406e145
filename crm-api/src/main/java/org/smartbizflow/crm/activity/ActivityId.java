package org.smartbizflow.crm.activity;

import java.util.UUID;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Identity of an activity (call, meeting, task, email or note).
 *
 * @param value the UUID
 */
public record ActivityId(UUID value) {

    public ActivityId {
        Preconditions.notNull(value, "activityId");
    }

    public static ActivityId of(UUID value) {
        return new ActivityId(value);
    }

    public static ActivityId parse(String text) {
        try {
            return new ActivityId(UUID.fromString(Preconditions.notBlank(text, "activityId")));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("activityId", "is not a UUID: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
