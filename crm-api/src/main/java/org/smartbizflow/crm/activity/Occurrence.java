package org.smartbizflow.crm.activity;

import java.time.Instant;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * One occurrence of a recurring series as the calendar shows it: where the rule put it and
 * where it takes place (the same unless an {@link OccurrenceOverride} moved it).
 *
 * @param originalStart where the rule puts it (its RECURRENCE-ID)
 * @param start         where it starts
 * @param end           where it ends
 */
public record Occurrence(Instant originalStart, Instant start, Instant end) {

    public Occurrence {
        Preconditions.notNull(originalStart, "originalStart");
        Preconditions.notNull(start, "start");
        Preconditions.notNull(end, "end");
    }

    /** Was it moved away from where the rule put it? */
    public boolean moved() {
        return !originalStart.equals(start);
    }
}
