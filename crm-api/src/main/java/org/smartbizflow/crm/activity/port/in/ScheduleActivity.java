package org.smartbizflow.crm.activity.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.smartbizflow.crm.activity.ActivityDetails;
import org.smartbizflow.crm.activity.ActivityType;
import org.smartbizflow.crm.activity.ActivityView;
import org.smartbizflow.crm.activity.ActivityVisibility;
import org.smartbizflow.crm.activity.Attendee;
import org.smartbizflow.crm.activity.ConflictPolicy;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.activity.RecurrenceRule;
import org.smartbizflow.crm.shared.UserId;

/**
 * Plan an activity, or log one that happened. Start from a factory ({@link #meeting},
 * {@link #call}, {@link #task}, {@link #email}, {@link #note}) and add what applies.
 *
 * @param type       the type
 * @param subject    one-line summary
 * @param body       free text, optional
 * @param start      start (a task: due instant)
 * @param end        end; null means the start (a zero-length activity)
 * @param zone       the time zone the owner plans in
 * @param details    what only this type has; null means the type's defaults
 * @param visibility shared or private; null means shared
 * @param ownerId    the owner; null makes the acting user the owner
 * @param links      the records it is about
 * @param attendees  who is invited (meetings and calls)
 * @param reminders  reminder lead times before the start
 * @param recurrence how it repeats (meetings and tasks), optional
 * @param outcome    for logging a past call, meeting or task: its outcome; stores it completed
 * @param conflicts  what to do about overlapping meetings; null means {@link ConflictPolicy#WARN}
 */
public record ScheduleActivity(
        @NotNull ActivityType type,
        @NotBlank @Size(max = ActivityView.SUBJECT_MAX) String subject,
        @Size(max = ActivityView.BODY_MAX) String body,
        @NotNull Instant start,
        Instant end,
        @NotNull ZoneId zone,
        ActivityDetails details,
        ActivityVisibility visibility,
        UserId ownerId,
        @NotNull @Size(max = ActivityView.MAX_LINKS) Set<RecordLink> links,
        @NotNull @Size(max = ActivityView.MAX_ATTENDEES) List<Attendee> attendees,
        @NotNull @Size(max = ActivityView.MAX_REMINDERS) List<Duration> reminders,
        RecurrenceRule recurrence,
        @Size(max = ActivityView.OUTCOME_MAX) String outcome,
        ConflictPolicy conflicts) {

    public ScheduleActivity {
        links = links == null ? Set.of() : Set.copyOf(links);
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        reminders = reminders == null ? List.of() : List.copyOf(reminders);
    }

    private static ScheduleActivity of(ActivityType type, String subject, Instant start, Instant end, ZoneId zone) {
        return new ScheduleActivity(type, subject, null, start, end, zone, null, null, null, Set.of(), List.of(),
                List.of(), null, null, null);
    }

    public static ScheduleActivity meeting(String subject, Instant start, Instant end, ZoneId zone) {
        return of(ActivityType.MEETING, subject, start, end, zone);
    }

    public static ScheduleActivity call(String subject, Instant start, Duration planned, ZoneId zone) {
        return of(ActivityType.CALL, subject, start, start == null || planned == null ? start : start.plus(planned),
                zone);
    }

    public static ScheduleActivity task(String subject, Instant due, ZoneId zone) {
        return of(ActivityType.TASK, subject, due, due, zone);
    }

    /** Logs an e-mail sent or received at {@code sentAt}. */
    public static ScheduleActivity email(String subject, Instant sentAt, ZoneId zone, ActivityDetails.Email details) {
        return of(ActivityType.EMAIL, subject, sentAt, sentAt, zone).withDetails(details);
    }

    /** Logs a note written at {@code writtenAt}. */
    public static ScheduleActivity note(String subject, String text, Instant writtenAt, ZoneId zone) {
        return of(ActivityType.NOTE, subject, writtenAt, writtenAt, zone).withBody(text);
    }

    public ScheduleActivity withBody(String text) {
        return new ScheduleActivity(type, subject, text, start, end, zone, details, visibility, ownerId, links,
                attendees, reminders, recurrence, outcome, conflicts);
    }

    public ScheduleActivity withDetails(ActivityDetails value) {
        return new ScheduleActivity(type, subject, body, start, end, zone, value, visibility, ownerId, links,
                attendees, reminders, recurrence, outcome, conflicts);
    }

    public ScheduleActivity privately() {
        return new ScheduleActivity(type, subject, body, start, end, zone, details, ActivityVisibility.PRIVATE,
                ownerId, links, attendees, reminders, recurrence, outcome, conflicts);
    }

    public ScheduleActivity ownedBy(UserId owner) {
        return new ScheduleActivity(type, subject, body, start, end, zone, details, visibility, owner, links,
                attendees, reminders, recurrence, outcome, conflicts);
    }

    public ScheduleActivity about(RecordLink... records) {
        Set<RecordLink> all = new LinkedHashSet<>(links);
        all.addAll(Arrays.asList(records));
        return new ScheduleActivity(type, subject, body, start, end, zone, details, visibility, ownerId, all,
                attendees, reminders, recurrence, outcome, conflicts);
    }

    public ScheduleActivity with(Attendee... invited) {
        List<Attendee> all = new ArrayList<>(attendees);
        all.addAll(Arrays.asList(invited));
        return new ScheduleActivity(type, subject, body, start, end, zone, details, visibility, ownerId, links, all,
                reminders, recurrence, outcome, conflicts);
    }

    public ScheduleActivity remind(Duration... before) {
        List<Duration> all = new ArrayList<>(reminders);
        all.addAll(Arrays.asList(before));
        return new ScheduleActivity(type, subject, body, start, end, zone, details, visibility, ownerId, links,
                attendees, all, recurrence, outcome, conflicts);
    }

    public ScheduleActivity repeating(RecurrenceRule rule) {
        return new ScheduleActivity(type, subject, body, start, end, zone, details, visibility, ownerId, links,
                attendees, reminders, rule, outcome, conflicts);
    }

    /** Logs the activity as done with this outcome. */
    public ScheduleActivity loggedWithOutcome(String result) {
        return new ScheduleActivity(type, subject, body, start, end, zone, details, visibility, ownerId, links,
                attendees, reminders, recurrence, result, conflicts);
    }

    public ScheduleActivity onConflict(ConflictPolicy policy) {
        return new ScheduleActivity(type, subject, body, start, end, zone, details, visibility, ownerId, links,
                attendees, reminders, recurrence, outcome, policy);
    }
}
