package org.smartbizflow.crm.activity.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import java.time.ZoneId;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.ConflictPolicy;

/**
 * Move a planned activity. One occurrence of a series moves alone, unless
 * {@link #alsoLaterOccurrences()} moves the series' later planned occurrences with it.
 *
 * @param activityId      the activity
 * @param start           new start (a task: new due instant)
 * @param end             new end; null keeps the duration
 * @param zone            new time zone; null keeps it
 * @param expectedVersion the version the caller saw (of this activity), or null to skip that check
 * @param conflicts       what to do about overlapping meetings; null means WARN
 * @param restOfSeries    also move the later planned occurrences of its series by the same
 *                        amount of time, giving them the new length and zone when those change
 */
public record RescheduleActivity(@NotNull ActivityId activityId, @NotNull Instant start, Instant end, ZoneId zone,
                                 @PositiveOrZero Long expectedVersion, ConflictPolicy conflicts,
                                 boolean restOfSeries) {

    /** Moves this activity alone. */
    public RescheduleActivity(ActivityId activityId, Instant start, Instant end, ZoneId zone, Long expectedVersion,
                              ConflictPolicy conflicts) {
        this(activityId, start, end, zone, expectedVersion, conflicts, false);
    }

    public static RescheduleActivity to(ActivityId activityId, Instant start) {
        return new RescheduleActivity(activityId, start, null, null, null, null, false);
    }

    /** Moves the later planned occurrences of this activity's series along with it. */
    public RescheduleActivity alsoLaterOccurrences() {
        return new RescheduleActivity(activityId, start, end, zone, expectedVersion, conflicts, true);
    }
}
