package org.smartbizflow.crm.activity.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import java.time.ZoneId;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.ConflictPolicy;

/**
 * Move a planned activity (one occurrence of a series moves alone).
 *
 * @param activityId      the activity
 * @param start           new start (a task: new due instant)
 * @param end             new end; null keeps the duration
 * @param zone            new time zone; null keeps it
 * @param expectedVersion the version the caller saw, or null to skip that check
 * @param conflicts       what to do about overlapping meetings; null means WARN
 */
public record RescheduleActivity(@NotNull ActivityId activityId, @NotNull Instant start, Instant end, ZoneId zone,
                                 @PositiveOrZero Long expectedVersion, ConflictPolicy conflicts) {

    public static RescheduleActivity to(ActivityId activityId, Instant start) {
        return new RescheduleActivity(activityId, start, null, null, null, null);
    }
}
