package org.smartbizflow.crm.activity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.smartbizflow.crm.shared.FieldChange;
import org.smartbizflow.crm.shared.InvalidStateTransition;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.UserId;

/**
 * A call, meeting, task, e-mail or note: the aggregate that guards the activity lifecycle
 * ({@link ActivityStatus}: planned, then completed or cancelled, both final) and records what
 * happened to it as events.
 *
 * <p>Create new activities with {@link #create}; rebuild stored ones with {@link #restore}.
 * Time is always passed in, never read here. Reminders fire outside the aggregate (the store
 * marks them fired atomically, so concurrent pollers need no aggregate lock).
 */
public final class Activity {

    private ActivityView state;
    private final List<ActivityEvent> events = new ArrayList<>();

    private Activity(ActivityView state) {
        this.state = state;
    }

    /**
     * A new activity from its first state (version 0). Calls, meetings and tasks start
     * PLANNED, or COMPLETED when logged after the fact; e-mails and notes are always logged
     * COMPLETED. Records {@link ActivityEvent.ActivityScheduled}.
     */
    public static Activity create(ActivityView initial) {
        Preconditions.notNull(initial, "activity");
        Preconditions.check(initial.version() == 0, "version", "of a new activity is 0");
        Preconditions.check(initial.status() != ActivityStatus.CANCELLED, "status",
                "a new activity is planned or completed");
        Preconditions.check(!initial.type().isLogOnly() || initial.status() == ActivityStatus.COMPLETED, "status",
                "an " + initial.type().name().toLowerCase(Locale.ROOT) + " is logged, so it is completed");
        Activity activity = new Activity(initial);
        activity.events.add(new ActivityEvent.ActivityScheduled(initial.tenantId(), initial.id(), initial.type(),
                initial.ownerId(), initial.start(), initial.createdAt()));
        return activity;
    }

    /** Rebuilds a stored activity; records no events. */
    public static Activity restore(ActivityView state) {
        return new Activity(Objects.requireNonNull(state, "state"));
    }

    /**
     * Moves a planned activity to a new start and end (a task: a new due instant, start =
     * end), optionally in another time zone. Pending and fired reminders are armed for the
     * new time.
     */
    public ActivityChange reschedule(Instant newStart, Instant newEnd, ZoneId newZone, UserId actor, Instant now) {
        Preconditions.notNull(newStart, "start");
        Preconditions.notNull(newEnd, "end");
        ZoneId zone = newZone != null ? newZone : state.zone();
        if (state.status().isFinal()) {
            return refused("reschedule");
        }
        List<FieldChange> changes = new ArrayList<>();
        add(changes, FieldChange.between("start", state.start(), newStart));
        add(changes, FieldChange.between("end", state.end(), newEnd));
        add(changes, FieldChange.between("zone", state.zone(), zone));
        if (changes.isEmpty()) {
            return new ActivityChange.Changed(List.of());
        }
        List<Reminder> rearmed = state.reminders().stream().map(r -> r.rearmedFor(newStart)).toList();
        Instant before = state.start();
        state = new ActivityView(state.id(), state.tenantId(), state.type(), state.status(), state.ownerId(),
                state.subject(), state.body(), newStart, newEnd, zone, state.details(), state.visibility(),
                state.links(), state.attendees(), rearmed, state.seriesId(), state.recurrence(),
                state.seriesId() != null ? state.occurrenceKey() : null, null, null, state.version(),
                state.createdAt(), now);
        events.add(new ActivityEvent.ActivityRescheduled(state.tenantId(), state.id(), before, newStart, actor, now));
        return new ActivityChange.Changed(changes);
    }

    /** Completes a planned activity with an outcome (null when there is nothing to say). */
    public ActivityChange complete(String outcome, UserId actor, Instant now) {
        String cleanOutcome = Preconditions.maxLength(Preconditions.blankToNull(outcome), ActivityView.OUTCOME_MAX,
                "outcome");
        if (state.status().isFinal()) {
            return refused("complete");
        }
        state = withStatus(ActivityStatus.COMPLETED, cleanOutcome, now, now);
        events.add(new ActivityEvent.ActivityCompleted(state.tenantId(), state.id(), state.type(), cleanOutcome,
                actor, now));
        List<FieldChange> changes = new ArrayList<>();
        changes.add(FieldChange.between("status", ActivityStatus.PLANNED, ActivityStatus.COMPLETED));
        add(changes, FieldChange.between("outcome", null, cleanOutcome));
        return new ActivityChange.Changed(changes);
    }

    /** Cancels a planned activity; its reminders no longer fire. */
    public ActivityChange cancel(UserId actor, Instant now) {
        if (state.status().isFinal()) {
            return refused("cancel");
        }
        state = withStatus(ActivityStatus.CANCELLED, null, null, now);
        events.add(new ActivityEvent.ActivityCancelled(state.tenantId(), state.id(), actor, now));
        return new ActivityChange.Changed(List.of(FieldChange.between("status", ActivityStatus.PLANNED,
                ActivityStatus.CANCELLED)));
    }

    /**
     * Changes what the activity is about: subject, body, place, priority, direction,
     * visibility, links and attendees (see {@link ActivityEdit}). A planned activity accepts
     * every change. A completed or cancelled one is a record of what happened: it still takes
     * notes (its body) and can be filed under more or fewer records (its links), and refuses
     * anything else as a value. Records {@link ActivityEvent.ActivityEdited} when something
     * changed.
     *
     * @throws org.smartbizflow.crm.shared.ValidationException naming the field when a change
     *         does not fit the type (a place on a task, attendees on a note) or breaks a limit
     */
    public ActivityChange edit(ActivityEdit edit, UserId actor, Instant now) {
        Preconditions.notNull(edit, "edit");
        ActivityType type = state.type();
        Preconditions.check((edit.location() == null && edit.onlineLink() == null) || type == ActivityType.MEETING,
                edit.location() != null ? "location" : "onlineLink", "only a meeting has a place");
        Preconditions.check(edit.priority() == null || type == ActivityType.TASK, "priority",
                "only a task has a priority");
        Preconditions.check(edit.direction() == null || type == ActivityType.CALL, "direction",
                "only a call has a direction");
        Preconditions.check(edit.addAttendees().isEmpty() || type == ActivityType.MEETING
                || type == ActivityType.CALL, "addAttendees", "only meetings and calls have attendees");
        String subject = edit.subject() != null ? edit.subject() : state.subject();
        String body = edit.body() != null ? Preconditions.blankToNull(edit.body()) : state.body();
        ActivityDetails details = state.details();
        if (details instanceof ActivityDetails.Meeting meeting) {
            details = new ActivityDetails.Meeting(
                    edit.location() != null ? edit.location() : meeting.location(),
                    edit.onlineLink() != null ? edit.onlineLink() : meeting.onlineLink());
        } else if (details instanceof ActivityDetails.Task && edit.priority() != null) {
            details = new ActivityDetails.Task(edit.priority());
        } else if (details instanceof ActivityDetails.Call && edit.direction() != null) {
            details = new ActivityDetails.Call(edit.direction());
        }
        ActivityVisibility visibility = edit.visibility() != null ? edit.visibility() : state.visibility();
        List<FieldChange> changes = new ArrayList<>();
        add(changes, FieldChange.between("subject", state.subject(), subject));
        add(changes, FieldChange.between("body", state.body(), body));
        if (details instanceof ActivityDetails.Meeting after
                && state.details() instanceof ActivityDetails.Meeting was) {
            add(changes, FieldChange.between("meeting.location", was.location(), after.location()));
            add(changes, FieldChange.between("meeting.onlineLink", was.onlineLink(), after.onlineLink()));
        } else if (details instanceof ActivityDetails.Task after
                && state.details() instanceof ActivityDetails.Task was) {
            add(changes, FieldChange.between("task.priority", was.priority(), after.priority()));
        } else if (details instanceof ActivityDetails.Call after
                && state.details() instanceof ActivityDetails.Call was) {
            add(changes, FieldChange.between("call.direction", was.direction(), after.direction()));
        }
        add(changes, FieldChange.between("visibility", state.visibility(), visibility));
        Set<RecordLink> links = new TreeSet<>(state.links());
        List<RecordLink> linksRemoved = new ArrayList<>();
        for (RecordLink link : new TreeSet<>(edit.removeLinks())) {
            if (links.remove(link)) {
                linksRemoved.add(link);
                changes.add(new FieldChange("link", link.toString(), null));
            }
        }
        List<RecordLink> linksAdded = new ArrayList<>();
        for (RecordLink link : new TreeSet<>(edit.addLinks())) {
            if (links.add(link)) {
                linksAdded.add(link);
                changes.add(new FieldChange("link", null, link.toString()));
            }
        }
        Map<String, Attendee> attendees = new LinkedHashMap<>();
        state.attendees().forEach(a -> attendees.put(a.toString(), a));
        for (Attendee attendee : edit.removeAttendees()) {
            if (attendees.remove(attendee.toString()) != null) {
                changes.add(new FieldChange("attendee", attendee.toString(), null));
            }
        }
        for (Attendee attendee : edit.addAttendees()) {
            if (!attendees.containsKey(attendee.toString())) {
                attendees.put(attendee.toString(), attendee);
                changes.add(new FieldChange("attendee", null, attendee.toString()));
            }
        }
        if (changes.isEmpty()) {
            return new ActivityChange.Changed(List.of());
        }
        if (state.status().isFinal()) {
            List<String> closedFields = changes.stream().map(FieldChange::field)
                    .filter(f -> !f.equals("body") && !f.equals("link")).distinct().toList();
            if (!closedFields.isEmpty()) {
                return new ActivityChange.Refused(state.status(), "a " + state.status().name().toLowerCase(Locale.ROOT)
                        + " activity is final; only its body and links can change, not " + String.join(", ",
                        closedFields));
            }
        }
        state = new ActivityView(state.id(), state.tenantId(), type, state.status(), state.ownerId(), subject, body,
                state.start(), state.end(), state.zone(), details, visibility, links,
                List.copyOf(attendees.values()), state.reminders(), state.seriesId(), state.recurrence(),
                state.originalStart(), state.outcome(), state.completedAt(), state.version(), state.createdAt(), now);
        events.add(new ActivityEvent.ActivityEdited(state.tenantId(), state.id(),
                changes.stream().map(FieldChange::field).distinct().toList(), linksAdded, linksRemoved, actor, now));
        return new ActivityChange.Changed(changes);
    }

    /** Like {@link #complete} for callers that have checked the move: a refusal is a bug. */
    public void completeChecked(String outcome, UserId actor, Instant now) {
        if (complete(outcome, actor, now) instanceof ActivityChange.Refused) {
            throw new InvalidStateTransition("Activity", state.status(), ActivityStatus.COMPLETED);
        }
    }

    private ActivityView withStatus(ActivityStatus status, String outcome, Instant completedAt, Instant now) {
        return new ActivityView(state.id(), state.tenantId(), state.type(), status, state.ownerId(), state.subject(),
                state.body(), state.start(), state.end(), state.zone(), state.details(), state.visibility(),
                state.links(), state.attendees(), state.reminders(), state.seriesId(), state.recurrence(),
                state.originalStart(), outcome, completedAt, state.version(), state.createdAt(), now);
    }

    private ActivityChange refused(String move) {
        return new ActivityChange.Refused(state.status(), "a " + state.status().name().toLowerCase(Locale.ROOT)
                + " activity is final; cannot " + move + " it");
    }

    private static void add(List<FieldChange> changes, FieldChange change) {
        if (change != null) {
            changes.add(change);
        }
    }

    /** Events recorded since the activity was created or loaded; the list is cleared. */
    public List<ActivityEvent> pullEvents() {
        List<ActivityEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public ActivityView view() {
        return state;
    }

    public ActivityId id() {
        return state.id();
    }

    public long version() {
        return state.version();
    }

    public ActivityStatus status() {
        return state.status();
    }
}
