package org.smartbizflow.crm.activity;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * An activity's state at one version: what queries return and what storage adapters persist.
 *
 * <p>Times are instants; {@code zone} is the time zone of the user who planned it, which
 * fixes what "9:00 every Monday" and "in two business days" mean for it. Every type has a
 * start and an end: a meeting's are its own, a call's end minus start is its duration, a
 * task's start and end are its due instant, an e-mail's and a note's are when they were sent
 * or written. Calendar queries select by them.
 *
 * @param id          identity
 * @param tenantId    owning tenant
 * @param type        call, meeting, task, email or note
 * @param status      planned, completed or cancelled
 * @param ownerId     the user responsible
 * @param subject     one-line summary
 * @param body        free text, or null
 * @param start       when it starts (a task: when it is due)
 * @param end         when it ends, not before {@code start}, at most {@link #MAX_SPAN} later
 * @param zone        the owner's time zone for this activity
 * @param details     what only this type has
 * @param visibility  shared or private
 * @param links       the records it is about
 * @param attendees   who is invited (meetings and calls only)
 * @param reminders   its reminders, at most {@link #MAX_REMINDERS}
 * @param seriesId    the first occurrence of its recurring series, or null when it does not recur
 * @param recurrence  the series' rule, kept on the first occurrence only; null elsewhere
 * @param originalStart where the series' rule put this occurrence (its RFC 5545 RECURRENCE-ID):
 *                    differs from {@code start} once the occurrence was moved; null when the
 *                    activity does not recur (or was stored before the CRM kept it: then read
 *                    as {@code start})
 * @param outcome     what came of it, set when completed (e.g. "no answer"), else null
 * @param completedAt when it was completed, or null
 * @param version     optimistic-concurrency version, 0 when first stored
 * @param createdAt   when it was created
 * @param updatedAt   when it last changed
 */
public record ActivityView(ActivityId id, TenantId tenantId, ActivityType type, ActivityStatus status, UserId ownerId,
                           String subject, String body, Instant start, Instant end, ZoneId zone,
                           ActivityDetails details, ActivityVisibility visibility, Set<RecordLink> links,
                           List<Attendee> attendees, List<Reminder> reminders, ActivityId seriesId,
                           RecurrenceRule recurrence, Instant originalStart, String outcome, Instant completedAt,
                           long version, Instant createdAt, Instant updatedAt) {

    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 4000;
    public static final int OUTCOME_MAX = 100;
    public static final int MAX_LINKS = 20;
    public static final int MAX_ATTENDEES = 200;
    public static final int MAX_REMINDERS = 5;
    /** The longest an activity may last; lets calendar range queries stay index range scans. */
    public static final Duration MAX_SPAN = Duration.ofDays(31);

    public ActivityView {
        Preconditions.notNull(id, "id");
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(type, "type");
        Preconditions.notNull(status, "status");
        Preconditions.notNull(ownerId, "ownerId");
        subject = Preconditions.maxLength(Preconditions.notBlank(subject, "subject"), SUBJECT_MAX, "subject");
        body = Preconditions.maxLength(Preconditions.blankToNull(body), BODY_MAX, "body");
        Preconditions.notNull(start, "start");
        Preconditions.notNull(end, "end");
        Preconditions.check(!end.isBefore(start), "end", "must not be before the start");
        Preconditions.check(Duration.between(start, end).compareTo(MAX_SPAN) <= 0, "end",
                "must be at most " + MAX_SPAN.toDays() + " days after the start");
        Preconditions.check(type != ActivityType.TASK || start.equals(end), "end", "of a task is its due instant");
        Preconditions.notNull(zone, "zone");
        Preconditions.notNull(details, "details");
        Preconditions.check(details.type() == type, "details", "are " + details.type() + " details, not " + type);
        Preconditions.notNull(visibility, "visibility");
        links = Set.copyOf(new TreeSet<>(Preconditions.notNull(links, "links")));
        Preconditions.check(links.size() <= MAX_LINKS, "links", "must be at most " + MAX_LINKS);
        attendees = List.copyOf(Preconditions.notNull(attendees, "attendees"));
        Preconditions.check(attendees.size() <= MAX_ATTENDEES, "attendees", "must be at most " + MAX_ATTENDEES);
        Preconditions.check(attendees.isEmpty() || type == ActivityType.MEETING || type == ActivityType.CALL,
                "attendees", "only meetings and calls have attendees");
        Preconditions.check(attendees.stream().map(Attendee::toString).distinct().count() == attendees.size(),
                "attendees", "must not list anyone twice");
        reminders = List.copyOf(Preconditions.notNull(reminders, "reminders"));
        Preconditions.check(reminders.size() <= MAX_REMINDERS, "reminders", "must be at most " + MAX_REMINDERS);
        Preconditions.check(recurrence == null || id.equals(seriesId), "recurrence",
                "is kept on the first occurrence of its series only");
        Preconditions.check(seriesId == null || type == ActivityType.MEETING || type == ActivityType.TASK,
                "recurrence", "only meetings and tasks recur");
        Preconditions.check(originalStart == null || seriesId != null, "originalStart",
                "is kept for occurrences of a series only");
        outcome = Preconditions.maxLength(Preconditions.blankToNull(outcome), OUTCOME_MAX, "outcome");
        Preconditions.check(outcome == null || status == ActivityStatus.COMPLETED, "outcome",
                "is recorded on completion only");
        Preconditions.check((completedAt != null) == (status == ActivityStatus.COMPLETED), "completedAt",
                "is set exactly when the activity is completed");
        Preconditions.check(version >= 0, "version", "must not be negative");
        Preconditions.notNull(createdAt, "createdAt");
        Preconditions.notNull(updatedAt, "updatedAt");
    }

    /**
     * A state without an original occurrence start: an activity that does not recur, or an
     * occurrence whose rule start is not known (read as its start).
     */
    public ActivityView(ActivityId id, TenantId tenantId, ActivityType type, ActivityStatus status, UserId ownerId,
                        String subject, String body, Instant start, Instant end, ZoneId zone,
                        ActivityDetails details, ActivityVisibility visibility, Set<RecordLink> links,
                        List<Attendee> attendees, List<Reminder> reminders, ActivityId seriesId,
                        RecurrenceRule recurrence, String outcome, Instant completedAt, long version,
                        Instant createdAt, Instant updatedAt) {
        this(id, tenantId, type, status, ownerId, subject, body, start, end, zone, details, visibility, links,
                attendees, reminders, seriesId, recurrence, null, outcome, completedAt, version, createdAt,
                updatedAt);
    }

    /** The same state at another version: what a store keeps after an insert or update. */
    public ActivityView withVersion(long newVersion) {
        return new ActivityView(id, tenantId, type, status, ownerId, subject, body, start, end, zone, details,
                visibility, links, attendees, reminders, seriesId, recurrence, originalStart, outcome, completedAt,
                newVersion, createdAt, updatedAt);
    }

    /** The same state, last changed at another instant. */
    public ActivityView withUpdatedAt(Instant changedAt) {
        return new ActivityView(id, tenantId, type, status, ownerId, subject, body, start, end, zone, details,
                visibility, links, attendees, reminders, seriesId, recurrence, originalStart, outcome, completedAt,
                version, createdAt, changedAt);
    }

    /**
     * The same state filed under {@code to} instead of {@code from} (one link to {@code to} when
     * it was linked to both), last changed at {@code changedAt}; this very state when it is not
     * linked to {@code from}. What moving a record's history to another record does.
     */
    public ActivityView relinked(RecordLink from, RecordLink to, Instant changedAt) {
        Preconditions.notNull(from, "from");
        Preconditions.notNull(to, "to");
        Preconditions.notNull(changedAt, "changedAt");
        if (from.equals(to) || !links.contains(from)) {
            return this;
        }
        Set<RecordLink> moved = new TreeSet<>(links);
        moved.remove(from);
        moved.add(to);
        return withLinks(moved, changedAt);
    }

    /**
     * The same state also filed under {@code also}, in that order while fewer than
     * {@link #MAX_LINKS} links are held, last changed at {@code changedAt}; this very state
     * when it is not linked to {@code of} or holds every one of them already. A link that does
     * not fit is left out rather than refusing the whole change: the history stays reachable
     * from {@code of}.
     */
    public ActivityView linkedAlso(RecordLink of, List<RecordLink> also, Instant changedAt) {
        Preconditions.notNull(of, "of");
        Preconditions.notNull(also, "also");
        Preconditions.notNull(changedAt, "changedAt");
        if (!links.contains(of)) {
            return this;
        }
        Set<RecordLink> more = new TreeSet<>(links);
        for (RecordLink link : also) {
            if (more.size() < MAX_LINKS) {
                more.add(Preconditions.notNull(link, "also"));
            }
        }
        return more.equals(links) ? this : withLinks(more, changedAt);
    }

    private ActivityView withLinks(Set<RecordLink> newLinks, Instant changedAt) {
        return new ActivityView(id, tenantId, type, status, ownerId, subject, body, start, end, zone, details,
                visibility, newLinks, attendees, reminders, seriesId, recurrence, originalStart, outcome, completedAt,
                version, createdAt, changedAt);
    }

    /** The same state with these reminders (as a store reads them back). */
    public ActivityView withReminders(List<Reminder> newReminders) {
        return new ActivityView(id, tenantId, type, status, ownerId, subject, body, start, end, zone, details,
                visibility, links, attendees, newReminders, seriesId, recurrence, originalStart, outcome, completedAt,
                version, createdAt, updatedAt);
    }

    /**
     * Where the series' rule put this occurrence (its start when the activity does not recur
     * or the rule start is not known): the key an occurrence keeps however often it moves.
     */
    public Instant occurrenceKey() {
        return originalStart != null ? originalStart : start;
    }

    /** Is it an occurrence of a series that was moved away from where the rule put it? */
    public boolean movedOccurrence() {
        return seriesId != null && !occurrenceKey().equals(start);
    }

    /** A task's due instant (its start). */
    public Instant due() {
        return start;
    }

    /** How long it lasts (a call's duration). */
    public Duration duration() {
        return Duration.between(start, end);
    }

    /** The start in the activity's time zone. */
    public ZonedDateTime localStart() {
        return start.atZone(zone);
    }

    /**
     * Is it on the calendar during {@code [from, to)}: starting in the range, or started before
     * and still running after {@code from}? The in-memory reference for calendar queries.
     */
    public boolean onCalendarDuring(Instant from, Instant to) {
        return start.isBefore(to) && (end.isAfter(from) || !start.isBefore(from));
    }

    /** Do the two time spans share a moment (touching ends do not)? */
    public boolean clashesWith(Instant otherStart, Instant otherEnd) {
        return start.isBefore(otherEnd) && end.isAfter(otherStart);
    }

    /** Is the user its owner or a user attendee? */
    public boolean involves(UserId user) {
        return ownerId.equals(user) || attendees.stream().anyMatch(a -> user.equals(a.userId()));
    }
}
