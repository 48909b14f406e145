package org.smartbizflow.crm.activity;

/**
 * What acknowledging a reminder did. A poller that races others, or a host that acknowledges a
 * reminder it should not (not yet due, or of an activity that is no longer planned), gets a
 * value to act on rather than an exception: only {@link #FIRED} means "deliver it now".
 */
public enum ReminderAcknowledgement {
    /** This call fired the reminder: the caller delivers it. */
    FIRED,
    /** Somebody fired it before (at most once). */
    ALREADY_FIRED,
    /** Its fire time has not come yet; nothing changed. */
    NOT_DUE,
    /** The activity was completed or cancelled; its reminders never fire. */
    ACTIVITY_CLOSED,
    /** No such reminder on that activity for the tenant. */
    NOT_FOUND;

    /** True only for {@link #FIRED}. */
    public boolean fired() {
        return this == FIRED;
    }
}
