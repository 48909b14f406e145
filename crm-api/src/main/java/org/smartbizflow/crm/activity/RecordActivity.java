package org.smartbizflow.crm.activity;

import java.time.Instant;

/**
 * The last and next activity of a record (account, opportunity, ...): a deal with no recent
 * and no planned activity is going stale.
 *
 * @param record     the record
 * @param lastDoneAt start of its latest completed activity, or null
 * @param nextAt     start of its earliest planned activity from now on, or null
 * @param overdue    how many of its planned activities started (or were due) before now
 */
public record RecordActivity(RecordLink record, Instant lastDoneAt, Instant nextAt, long overdue) {

    /** Neither done nor planned since {@code since}: nothing completed after it and nothing ahead. */
    public boolean staleSince(Instant since) {
        return nextAt == null && (lastDoneAt == null || lastDoneAt.isBefore(since));
    }
}
