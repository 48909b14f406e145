package org.smartbizflow.crm.activity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
                state.links(), state.attendees(), rearmed, state.seriesId(), state.recurrence(), null, null,
                state.version(), state.createdAt(), now);
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

    /** Like {@link #complete} for callers that have checked the move: a refusal is a bug. */
    public void completeChecked(String outcome, UserId actor, Instant now) {
        if (complete(outcome, actor, now) instanceof ActivityChange.Refused) {
            throw new InvalidStateTransition("Activity", state.status(), ActivityStatus.COMPLETED);
        }
    }

    private ActivityView withStatus(ActivityStatus status, String outcome, Instant completedAt, Instant now) {
        return new ActivityView(state.id(), state.tenantId(), state.type(), status, state.ownerId(), state.subject(),
                state.body(), state.start(), state.end(), state.zone(), state.details(), state.visibility(),
                state.links(), state.attendees(), state.reminders(), state.seriesId(), state.recurrence(), outcome,
                completedAt, state.version(), state.createdAt(), now);
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
