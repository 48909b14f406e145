package org.smartbizflow.crm.core.activity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.smartbizflow.crm.activity.ActivityDetails;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.ActivityStatus;
import org.smartbizflow.crm.activity.ActivityView;
import org.smartbizflow.crm.activity.CalendarEvent;
import org.smartbizflow.crm.activity.CalendarRejection;
import org.smartbizflow.crm.activity.ConflictPolicy;
import org.smartbizflow.crm.activity.Occurrence;
import org.smartbizflow.crm.activity.OccurrenceOverride;
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
     * A series as calendars exchange it: one event with the rule (its first start and length
     * are the first occurrence's original ones), the rule's exception days plus the original
     * days of cancelled occurrences as exceptions, and one event with a RECURRENCE-ID for each
     * occurrence that was moved or whose subject, body, place or attendees differ from the
     * first occurrence's.
     */
    static List<CalendarEvent> ofSeries(ActivityView first, List<ActivityView> occurrences, String uidDomain) {
        RecurrenceRule rule = first.recurrence();
        if (rule == null) {
            return List.of(of(first, uidDomain));
        }
        String uid = first.id() + uidDomain;
        Duration length = occurrences.stream().filter(o -> !o.movedOccurrence()).map(ActivityView::duration)
                .findFirst().orElse(first.duration());
        Set<LocalDate> exceptions = new TreeSet<>(rule.exceptions());
        List<CalendarEvent> changed = new ArrayList<>();
        boolean allCancelled = true;
        for (ActivityView occurrence : occurrences) {
            if (occurrence.status() == ActivityStatus.CANCELLED) {
                exceptions.add(occurrence.occurrenceKey().atZone(first.zone()).toLocalDate());
                continue;
            }
            allCancelled = false;
            Instant original = occurrence.occurrenceKey();
            boolean differs = !occurrence.start().equals(original)
                    || !occurrence.end().equals(original.plus(length))
                    || !occurrence.zone().equals(first.zone())
                    || !occurrence.subject().equals(first.subject())
                    || !Objects.equals(occurrence.body(), first.body())
                    || !Objects.equals(place(occurrence), place(first))
                    || !occurrence.attendees().equals(first.attendees());
            if (differs) {
                changed.add(new CalendarEvent(uid, occurrence.subject(), occurrence.body(), place(occurrence),
                        occurrence.start(), occurrence.end(), occurrence.zone(), null, null, occurrence.attendees(),
                        false, original));
            }
        }
        RecurrenceRule exported = new RecurrenceRule(rule.frequency(), rule.interval(), rule.byDays(),
                rule.byMonthDay(), rule.count(), rule.until(), exceptions);
        Instant start = first.occurrenceKey();
        List<CalendarEvent> events = new ArrayList<>();
        events.add(new CalendarEvent(uid, first.subject(), first.body(), place(first), start, start.plus(length),
                first.zone(), exported, null, first.attendees(), allCancelled));
        if (!allCancelled) {
            events.addAll(changed);
        }
        return events;
    }

    /**
     * The overrides of a series that fit its rule, with the ones that do not reported: each
     * must name an occurrence the rule yields, once.
     */
    static List<CalendarEvent> fittingOverrides(CalendarEvent series, List<CalendarEvent> overrides,
                                                List<CalendarRejection> rejected) {
        Set<Instant> originals = new HashSet<>();
        series.recurrence().expand(series.start().atZone(series.zone())).forEach(o -> originals.add(o.toInstant()));
        List<CalendarEvent> fitting = new ArrayList<>();
        for (CalendarEvent override : overrides) {
            if (!originals.remove(override.recurrenceId())) {
                rejected.add(new CalendarRejection(0, override.uid(), "RECURRENCE-ID " + override.recurrenceId()
                        + " names no occurrence of the series (or one named before)"));
            } else {
                fitting.add(override);
            }
        }
        return fitting;
    }

    /** The series' occurrences as the overrides move them (a check that they all fit, too). */
    static List<Occurrence> occurrences(CalendarEvent series, List<CalendarEvent> overrides) {
        List<OccurrenceOverride> moves = overrides.stream().filter(o -> !o.cancelled())
                .map(o -> new OccurrenceOverride(o.recurrenceId(), o.start(), o.end())).toList();
        return series.recurrence().expand(series.start().atZone(series.zone()),
                Duration.between(series.start(), series.end()), moves);
    }

    /** The event, cancelled: what an exception day says of one occurrence of its series. */
    static CalendarEvent cancelled(CalendarEvent event) {
        return new CalendarEvent(event.uid(), event.summary(), event.description(), event.location(), event.start(),
                event.end(), event.zone(), null, event.organizer(), event.attendees(), true, null);
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

    /** The meeting's new place when the event names another one. */
    static ActivityDetails.Meeting placeOf(CalendarEvent event) {
        String location = event.location();
        boolean link = location != null && (location.startsWith("https://") || location.startsWith("http://"));
        return new ActivityDetails.Meeting(link ? null : location, link ? location : null);
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
