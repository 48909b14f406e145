package org.smartbizflow.crm.activity;

/** The kinds of work a sales team records; each has its own details ({@link ActivityDetails}). */
public enum ActivityType {
    /** A phone call, planned or logged: direction, duration (start to end) and outcome. */
    CALL,
    /** A meeting with start, end, time zone, attendees and a location or link. */
    MEETING,
    /** A to-do with a due instant (start and end are the due instant) and a priority. */
    TASK,
    /** An e-mail message logged after the fact: sender, recipients, message id. */
    EMAIL,
    /** A free-text note, logged when written. */
    NOTE;

    /** E-mails and notes record what already happened; they are stored completed. */
    public boolean isLogOnly() {
        return this == EMAIL || this == NOTE;
    }
}
