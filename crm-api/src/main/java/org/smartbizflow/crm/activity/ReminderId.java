package org.smartbizflow.crm.activity;

import java.util.UUID;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Identity of one reminder of one activity: what a poller acknowledges.
 *
 * @param value the UUID
 */
public record ReminderId(UUID value) {

    public ReminderId {
        Preconditions.notNull(value, "reminderId");
    }

    public static ReminderId of(UUID value) {
        return new ReminderId(value);
    }

    public static ReminderId parse(String text) {
        try {
            return new ReminderId(UUID.fromString(Preconditions.notBlank(text, "reminderId")));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("reminderId", "is not a UUID: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
