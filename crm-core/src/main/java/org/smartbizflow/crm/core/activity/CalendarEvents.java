package org.smartbizflow.crm.core.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.smartbizflow.crm.activity.ActivityDetails;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.ActivityStatus;
import org.smartbizflow.crm.activity.ActivityView;
import org.smartbizflow.crm.activity.CalendarEvent;
import org.smartbizflow.crm.activity.ConflictPolicy;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.activity.RecurrenceRule;
import org.smartbizflow.crm.activity.port.in.ScheduleActivity;

/** Maps meetings to calendar events and back. */
final class CalendarEvents {

    private CalendarEvents() {
    }

    /** A single meeting. */
    static CalendarEvent of(ActivityView meeting, String uidDomain) {
        return new CalendarEvent(meeting.id() + uidDomain, meeting.subject(), meeting.body(), place(meeting),
                meeting.start(), meeting.end(), meeting.zone(), null, null, meeting.attendees(),
                meeting.status() == ActivityStatus.CANCELLED);
    }

    /**
     * A series as one event: the first occurrence's times and rule, with the rule's exception
     * days plus the days of cancelled occurrences as exceptions.
     */
    static CalendarEvent ofSeries(ActivityView first, List<ActivityView> occurrences, String uidDomain) {
        RecurrenceRule rule = first.recurrence();
        if (rule == null) {
            return of(first, uidDomain);
        }
        Set<LocalDate> exceptions = new TreeSet<>(rule.exceptions());
        for (ActivityView occurrence : occurrences) {
            if (occurrence.status() == ActivityStatus.CANCELLED && !occurrence.id().equals(first.id())) {
                exceptions.add(occurrence.localStart().toLocalDate());
            }
        }
        RecurrenceRule exported = new RecurrenceRule(rule.frequency(), rule.interval(), rule.byDays(),
                rule.byMonthDay(), rule.count(), rule.until(), exceptions);
        return new CalendarEvent(first.id() + uidDomain, first.subject(), first.body(), place(first), first.start(),
                first.end(), first.zone(), exported, null, first.attendees(),
                first.status() == ActivityStatus.CANCELLED);
    }

    private static String place(ActivityView meeting) {
        ActivityDetails.Meeting details = (ActivityDetails.Meeting) meeting.details();
        return details.location() != null ? details.location() : details.onlineLink();
    }

    /** The activity a UID names, when the CRM exported it; otherwise null. */
    static ActivityId activityIdOf(String uid, String uidDomain) {
        if (!uid.endsWith(uidDomain)) {
            return null;
        }
        try {
            return ActivityId.of(UUID.fromString(uid.substring(0, uid.length() - uidDomain.length())));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The command that plans the event as a meeting (or series) of the actor. */
    static ScheduleActivity toCommand(CalendarEvent event, Set<RecordLink> links) {
        String location = event.location();
        boolean link = location != null && (location.startsWith("https://") || location.startsWith("http://"));
        ScheduleActivity command = ScheduleActivity.meeting(event.summary(), event.start(), event.end(), event.zone())
                .withBody(event.description())
                .withDetails(new ActivityDetails.Meeting(link ? null : location, link ? location : null))
                .onConflict(ConflictPolicy.IGNORE)
                .about(links.toArray(new RecordLink[0]));
        if (event.recurrence() != null) {
            command = command.repeating(event.recurrence());
        }
        return command.with(event.attendees().toArray(new org.smartbizflow.crm.activity.Attendee[0]));
    }
}
