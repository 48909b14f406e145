package org.smartbizflow.crm.activity.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.smartbizflow.crm.activity.ActivityTemplate;

/**
 * Replace the contents of a stored template (type, subject, body, duration, reminders); the
 * key names the template and does not change.
 *
 * @param template        the new contents under the template's key
 * @param expectedVersion the version the caller saw
 */
public record UpdateActivityTemplate(@NotNull ActivityTemplate template, @PositiveOrZero long expectedVersion) {

    public static UpdateActivityTemplate of(ActivityTemplate template, long expectedVersion) {
        return new UpdateActivityTemplate(template, expectedVersion);
    }
}
