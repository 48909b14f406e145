package org.smartbizflow.crm.activity;

import java.time.Duration;
import java.time.Instant;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * A reminder of an activity, a fixed time before its start (a task's due instant). It fires
 * once: {@code firedAt} is set by the first poller that acknowledges it, and rescheduling the
 * activity arms it again for the new time.
 *
 * @param id      identity
 * @param before  how long before the start it fires (zero: at the start)
 * @param fireAt  when it is due
 * @param firedAt when it fired, or null while pending
 */
public record Reminder(ReminderId id, Duration before, Instant fireAt, Instant firedAt) {

    /** The longest lead time of a reminder. */
    public static final Duration MAX_BEFORE = Duration.ofDays(28);

    public Reminder {
        Preconditions.notNull(id, "reminder.id");
        Preconditions.notNull(before, "reminder.before");
        Preconditions.check(!before.isNegative() && before.compareTo(MAX_BEFORE) <= 0, "reminder.before",
                "must be between 0 and " + MAX_BEFORE.toDays() + " days");
        Preconditions.notNull(fireAt, "reminder.fireAt");
    }

    /** A pending reminder for an activity starting at {@code start}. */
    public static Reminder pending(ReminderId id, Duration before, Instant start) {
        return new Reminder(id, before, start.minus(before), null);
    }

    public boolean fired() {
        return firedAt != null;
    }

    /** The reminder for a new start: due again unless the start did not move. */
    public Reminder rearmedFor(Instant newStart) {
        Instant newFireAt = newStart.minus(before);
        return newFireAt.equals(fireAt) ? this : new Reminder(id, before, newFireAt, null);
    }
}
