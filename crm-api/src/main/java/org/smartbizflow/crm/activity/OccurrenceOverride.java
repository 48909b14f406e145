package org.smartbizflow.crm.activity;

import java.time.Duration;
import java.time.Instant;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * One occurrence of a recurring series moved away from where the rule puts it (RFC 5545: a
 * VEVENT with the series' UID and a RECURRENCE-ID). It is keyed by the occurrence's original
 * start, which stays its identity however often it moves, and may move anywhere (another
 * day, before an earlier occurrence, out of the series' range).
 *
 * @param originalStart where the rule puts the occurrence
 * @param start         where it takes place instead
 * @param end           when it ends there, not before {@code start}
 */
public record OccurrenceOverride(Instant originalStart, Instant start, Instant end) {

    public OccurrenceOverride {
        Preconditions.notNull(originalStart, "recurrenceId");
        Preconditions.notNull(start, "start");
        Preconditions.notNull(end, "end");
        Preconditions.check(!end.isBefore(start), "end", "must not be before the start");
        Preconditions.check(Duration.between(start, end).compareTo(ActivityView.MAX_SPAN) <= 0, "end",
                "must be at most " + ActivityView.MAX_SPAN.toDays() + " days after the start");
    }
}
