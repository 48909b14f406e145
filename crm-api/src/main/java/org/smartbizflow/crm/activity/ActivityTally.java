package org.smartbizflow.crm.activity;

import org.smartbizflow.crm.shared.Preconditions;

/**
 * How many completed activities of one type a record has: one row of an aggregate count, as
 * the win-probability features need it (calls, meetings and e-mails logged on a deal).
 *
 * @param record the record the activities are linked to
 * @param type   the activity type
 * @param count  how many completed activities of that type
 */
public record ActivityTally(RecordLink record, ActivityType type, long count) {

    public ActivityTally {
        Preconditions.notNull(record, "record");
        Preconditions.notNull(type, "type");
        Preconditions.check(count >= 0, "count", "must not be negative");
    }
}
