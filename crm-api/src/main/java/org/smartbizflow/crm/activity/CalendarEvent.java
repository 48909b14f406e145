package org.smartbizflow.crm.activity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * A meeting as calendars exchange it (an iCalendar VEVENT), independent of any file format:
 * what a {@link org.smartbizflow.crm.activity.port.out.CalendarGateway} writes and reads.
 *
 * @param uid         globally unique id; the activity id (or series id) for events the CRM exports
 * @param summary     title
 * @param description text, or null
 * @param location    place or link, or null
 * @param start       first start
 * @param end         first end
 * @param zone        the time zone the times are meant in (rules expand in it)
 * @param recurrence  the repetition, with its exception days, or null
 * @param organizer   the organiser's e-mail, or null
 * @param attendees   who is invited
 * @param cancelled   whether the event is cancelled
 * @param recurrenceId null for a single event or a series; for one occurrence of a series that
 *                    differs from the rule (moved, or with other text or attendees), the start
 *                    the rule gives it (RFC 5545 RECURRENCE-ID). Such an event has its series'
 *                    UID and no recurrence of its own.
 */
public record CalendarEvent(String uid, String summary, String description, String location, Instant start,
                            Instant end, ZoneId zone, RecurrenceRule recurrence, EmailAddress organizer,
                            List<Attendee> attendees, boolean cancelled, Instant recurrenceId) {

    public CalendarEvent {
        uid = Preconditions.maxLength(Preconditions.notBlank(uid, "uid"), 255, "uid");
        summary = Preconditions.notBlank(summary, "summary");
        description = Preconditions.blankToNull(description);
        location = Preconditions.blankToNull(location);
        Preconditions.notNull(start, "start");
        Preconditions.notNull(end, "end");
        Preconditions.check(!end.isBefore(start), "end", "must not be before the start");
        Preconditions.notNull(zone, "zone");
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        Preconditions.check(recurrenceId == null || recurrence == null, "recurrenceId",
                "an occurrence of a series has no rule of its own");
    }

    /** A single event or a whole series (no RECURRENCE-ID). */
    public CalendarEvent(String uid, String summary, String description, String location, Instant start,
                         Instant end, ZoneId zone, RecurrenceRule recurrence, EmailAddress organizer,
                         List<Attendee> attendees, boolean cancelled) {
        this(uid, summary, description, location, start, end, zone, recurrence, organizer, attendees, cancelled,
                null);
    }

    /** Does it stand for one occurrence of a series (it has a RECURRENCE-ID)? */
    public boolean isOccurrence() {
        return recurrenceId != null;
    }
}
