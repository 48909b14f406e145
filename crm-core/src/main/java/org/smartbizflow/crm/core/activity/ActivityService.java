package org.smartbizflow.crm.core.activity;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartbizflow.crm.activity.Activity;
import org.smartbizflow.crm.activity.ActivityChange;
import org.smartbizflow.crm.activity.ActivityCount;
import org.smartbizflow.crm.activity.ActivityDetails;
import org.smartbizflow.crm.activity.ActivityFilter;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.ActivityPlaybook;
import org.smartbizflow.crm.activity.ActivityStatus;
import org.smartbizflow.crm.activity.ActivityTemplate;
import org.smartbizflow.crm.activity.ActivityType;
import org.smartbizflow.crm.activity.ActivityView;
import org.smartbizflow.crm.activity.ActivityVisibility;
import org.smartbizflow.crm.activity.Attendee;
import org.smartbizflow.crm.activity.CalendarEvent;
import org.smartbizflow.crm.activity.CalendarRead;
import org.smartbizflow.crm.activity.CalendarRejection;
import org.smartbizflow.crm.activity.ConflictPolicy;
import org.smartbizflow.crm.activity.DueReminder;
import org.smartbizflow.crm.activity.LinkedRecordType;
import org.smartbizflow.crm.activity.Notification;
import org.smartbizflow.crm.activity.Occurrence;
import org.smartbizflow.crm.activity.RecordActivity;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.activity.RecurrenceRule;
import org.smartbizflow.crm.activity.Reminder;
import org.smartbizflow.crm.activity.ReminderAcknowledgement;
import org.smartbizflow.crm.activity.ReminderId;
import org.smartbizflow.crm.activity.ScheduleOutcome;
import org.smartbizflow.crm.activity.port.in.Activities;
import org.smartbizflow.crm.activity.port.in.ActivityBreakdown;
import org.smartbizflow.crm.activity.port.in.CalendarImportReport;
import org.smartbizflow.crm.activity.port.in.CancelActivity;
import org.smartbizflow.crm.activity.port.in.CompleteActivity;
import org.smartbizflow.crm.activity.port.in.EditActivity;
import org.smartbizflow.crm.activity.port.in.Completion;
import org.smartbizflow.crm.activity.port.in.ListActivities;
import org.smartbizflow.crm.activity.port.in.OverdueTasks;
import org.smartbizflow.crm.activity.port.in.PeriodUnit;
import org.smartbizflow.crm.activity.port.in.ReminderDelivery;
import org.smartbizflow.crm.activity.port.in.RescheduleActivity;
import org.smartbizflow.crm.activity.port.in.ScheduleActivity;
import org.smartbizflow.crm.activity.port.in.ScheduleFromTemplate;
import org.smartbizflow.crm.activity.port.out.ActivityRepository;
import org.smartbizflow.crm.core.runtime.ActivitySettings;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.FieldChange;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.RecordAccess;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.Visibility;

/** The activity use cases for one tenant and actor. */
final class ActivityService implements Activities {

    static final String RECORD_TYPE = "Activity";
    private static final Logger LOG = LoggerFactory.getLogger(ActivityService.class);
    private static final int PAGE = 500;
    /** Marks the UIDs of exported activities, so that importing an export back adds nothing twice. */
    static final String UID_DOMAIN = "@activity.smartbizflow-crm";

    private final CoreRuntime runtime;
    private final CallContext context;
    private final ActivityRepository activities;
    private final ActivitySettings settings;
    private final TenantPlaybooks playbooks;

    ActivityService(CoreRuntime runtime, CallContext context) {
        this.runtime = runtime;
        this.context = context;
        this.activities = runtime.persistence().activities();
        // a runtime assembled without activity ports gets the defaults the Crm builder uses
        this.settings = runtime.activitySettings() != null ? runtime.activitySettings()
                : new ActivitySettings(org.smartbizflow.crm.activity.port.out.Notifier.none(),
                new org.smartbizflow.crm.core.ics.IcsCalendarGateway(runtime.clock()), ActivityPlaybook.empty());
        this.playbooks = new TenantPlaybooks(runtime.persistence().activityPlaybooks(), settings.playbook());
    }

    // ---- scheduling -------------------------------------------------------------------------

    @Override
    public ScheduleOutcome schedule(ScheduleActivity command) {
        runtime.validate(command);
        UserId owner = command.ownerId() != null ? command.ownerId() : context.actor().userId();
        runtime.requireAccess(context, Action.CREATE, new RecordAccess(RECORD_TYPE, null, owner));
        boolean logged = command.type().isLogOnly() || command.outcome() != null;
        Instant end = command.end() != null ? command.end() : command.start();
        Preconditions.check(!end.isBefore(command.start()), "end", "must not be before the start");
        Duration length = Duration.between(command.start(), end);
        Preconditions.check(!logged || command.recurrence() == null, "recurrence", "a logged activity does not recur");
        Preconditions.check(!logged || command.reminders().isEmpty(), "reminders",
                "a logged activity has nothing to be reminded of");
        ActivityDetails details = command.details() != null ? command.details()
                : ActivityDetails.defaultsFor(command.type());
        List<Instant> starts = new ArrayList<>();
        if (command.recurrence() != null) {
            Preconditions.check(command.type() == ActivityType.MEETING || command.type() == ActivityType.TASK,
                    "recurrence", "only meetings and tasks recur");
            for (ZonedDateTime occurrence : command.recurrence().expand(command.start().atZone(command.zone()))) {
                starts.add(occurrence.toInstant());
            }
            Preconditions.check(!starts.isEmpty(), "recurrence", "yields no occurrence from the start");
        } else {
            starts.add(command.start());
        }
        return runtime.transactions().inTransaction(() -> {
            Instant now = runtime.clock().instant();
            ActivityId first = new ActivityId(runtime.ids().next());
            List<Activity> created = new ArrayList<>(starts.size());
            for (int i = 0; i < starts.size(); i++) {
                ActivityId id = i == 0 ? first : new ActivityId(runtime.ids().next());
                Instant start = starts.get(i);
                List<Reminder> reminders = new ArrayList<>();
                for (Duration before : command.reminders()) {
                    reminders.add(Reminder.pending(new ReminderId(runtime.ids().next()), before, start));
                }
                ActivityView view = new ActivityView(id, context.tenantId(), command.type(),
                        logged ? ActivityStatus.COMPLETED : ActivityStatus.PLANNED, owner, command.subject(),
                        command.body(), start, start.plus(length), command.zone(), details,
                        command.visibility() != null ? command.visibility() : ActivityVisibility.SHARED,
                        command.links(), command.attendees(), reminders,
                        command.recurrence() != null ? first : null, i == 0 ? command.recurrence() : null,
                        command.recurrence() != null ? start : null,
                        logged ? command.outcome() : null, logged ? now : null, 0, now, now);
                created.add(Activity.create(view));
            }
            ConflictPolicy policy = command.conflicts() != null ? command.conflicts() : ConflictPolicy.WARN;
            List<ActivityView> conflicts = logged ? List.of()
                    : conflictsOf(created.stream().map(Activity::view).toList(), policy);
            if (policy == ConflictPolicy.REFUSE && !conflicts.isEmpty()) {
                return new ScheduleOutcome.Conflicted(conflicts);
            }
            activities.insertAll(created);
            List<AuditEntry> audit = new ArrayList<>();
            for (Activity activity : created) {
                audit.addAll(creationAudit(activity.view()));
                runtime.recordEvents(activity.pullEvents());
            }
            runtime.audit(audit);
            return new ScheduleOutcome.Scheduled(first, created.stream().map(Activity::id).toList(), conflicts);
        });
    }

    @Override
    public ScheduleOutcome reschedule(RescheduleActivity command) {
        runtime.validate(command);
        return runtime.transactions().inTransaction(() -> {
            Activity activity = loadForUpdate(command.activityId(), command.expectedVersion());
            ActivityView before = activity.view();
            Instant end = command.end() != null ? command.end() : command.start().plus(before.duration());
            Preconditions.check(!end.isBefore(command.start()), "end", "must not be before the start");
            if (before.status().isFinal()) {
                ActivityChange refused = activity.reschedule(command.start(), end, command.zone(),
                        context.actor().userId(), runtime.clock().instant());
                return new ScheduleOutcome.Refused(((ActivityChange.Refused) refused).reason());
            }
            ConflictPolicy policy = command.conflicts() != null ? command.conflicts() : ConflictPolicy.WARN;
            UserId actor = context.actor().userId();
            Instant now = runtime.clock().instant();
            List<Activity> moved = new ArrayList<>(List.of(activity));
            List<ActivityChange> changes = new ArrayList<>(List.of(activity.reschedule(command.start(), end,
                    command.zone(), actor, now)));
            if (command.restOfSeries()) {
                // each later occurrence moves by as much as this one, keeping its own time of day
                Duration shift = Duration.between(before.start(), command.start());
                Duration length = command.end() != null ? Duration.between(command.start(), end) : null;
                for (Activity other : laterPlannedOccurrences(before)) {
                    ActivityView occurrence = other.view();
                    Instant start = occurrence.start().plus(shift);
                    changes.add(other.reschedule(start, length != null ? start.plus(length)
                            : occurrence.end().plus(shift), command.zone(), actor, now));
                    moved.add(other);
                }
            }
            List<ActivityView> conflicts = conflictsOf(moved.stream().map(Activity::view).toList(), policy);
            if (policy == ConflictPolicy.REFUSE && !conflicts.isEmpty()) {
                return new ScheduleOutcome.Conflicted(conflicts);
            }
            for (int i = 0; i < moved.size(); i++) {
                store(moved.get(i), changes.get(i));
            }
            return new ScheduleOutcome.Scheduled(activity.id(), moved.stream().map(Activity::id).toList(), conflicts);
        });
    }

    @Override
    public ActivityChange edit(EditActivity command) {
        runtime.validate(command);
        return runtime.transactions().inTransaction(() -> {
            Activity activity = loadForUpdate(command.activityId(), command.expectedVersion());
            UserId actor = context.actor().userId();
            Instant now = runtime.clock().instant();
            ActivityChange change = activity.edit(command.changes(), actor, now);
            if (change instanceof ActivityChange.Refused) {
                return change;
            }
            store(activity, change);
            if (command.restOfSeries()) {
                // planned occurrences of the same series take what this one took
                for (Activity other : laterPlannedOccurrences(activity.view())) {
                    store(other, other.edit(command.changes(), actor, now));
                }
            }
            return change;
        });
    }

    @Override
    public Completion complete(CompleteActivity command) {
        runtime.validate(command);
        return runtime.transactions().inTransaction(() -> {
            Activity activity = loadForUpdate(command.activityId(), command.expectedVersion());
            Instant now = runtime.clock().instant();
            ActivityChange change = activity.complete(command.outcome(), context.actor().userId(), now);
            if (change instanceof ActivityChange.Refused) {
                return new Completion.Refused(((ActivityChange.Refused) change).reason());
            }
            store(activity, change);
            ActivityView done = activity.view();
            // the tenant's rules are read in this transaction: a follow-up is planned exactly once
            ActivityId next = playbooks.followUpFor(context.tenantId(), done.type(), done.outcome())
                    .map(rule -> followUp(done, rule, now))
                    .orElse(null);
            return new Completion.Completed(activity.id(), next);
        });
    }

    /** Plans the rule's next activity for the completed one: same owner, records, time of day. */
    private ActivityId followUp(ActivityView done, TenantPlaybooks.PlannedFollowUp rule, Instant now) {
        ActivityTemplate template = rule.template();
        ZonedDateTime completedLocal = now.atZone(done.zone());
        LocalDate day = ActivityPlaybook.addBusinessDays(completedLocal.toLocalDate(), rule.businessDays());
        Instant start = ZonedDateTime.ofLocal(day.atTime(done.localStart().toLocalTime()), done.zone(), null)
                .toInstant();
        Map<String, String> values = new HashMap<>();
        values.put("subject", done.subject());
        values.put("outcome", done.outcome());
        values.put("owner", done.ownerId().value());
        values.put("previousType", done.type().name());
        ScheduleActivity next = fromTemplate(template, start, done.zone(), values, done.links(), done.ownerId())
                .onConflict(ConflictPolicy.IGNORE);
        ScheduleOutcome outcome = schedule(next);
        return ((ScheduleOutcome.Scheduled) outcome).id();
    }

    @Override
    public ActivityChange cancel(CancelActivity command) {
        runtime.validate(command);
        return runtime.transactions().inTransaction(() -> {
            Activity activity = loadForUpdate(command.activityId(), command.expectedVersion());
            ActivityChange change = activity.cancel(context.actor().userId(), runtime.clock().instant());
            if (change instanceof ActivityChange.Refused) {
                return change;
            }
            store(activity, change);
            if (command.restOfSeries()) {
                for (Activity other : laterPlannedOccurrences(activity.view())) {
                    store(other, other.cancel(context.actor().userId(), runtime.clock().instant()));
                }
            }
            return change;
        });
    }

    /**
     * The planned occurrences of the activity's series that come after it by their original
     * times (a moved occurrence keeps its place in the series), loaded for update, each checked
     * for the actor's right to change it; none for an activity outside a series.
     */
    private List<Activity> laterPlannedOccurrences(ActivityView of) {
        if (of.seriesId() == null) {
            return List.of();
        }
        List<ActivityView> later = new ArrayList<>();
        walk(ActivityFilter.any().inSeries(of.seriesId()).inStatuses(ActivityStatus.PLANNED), a -> {
            if (a.occurrenceKey().isAfter(of.occurrenceKey())) {
                later.add(a);
            }
        });
        List<Activity> loaded = new ArrayList<>();
        for (ActivityView occurrence : later) {
            Activity other = activities.find(context.tenantId(), occurrence.id()).orElseThrow();
            runtime.requireAccess(context, Action.UPDATE, access(other.view()));
            loaded.add(other);
        }
        return loaded;
    }

    private void store(Activity activity, ActivityChange change) {
        if (!(change instanceof ActivityChange.Changed) || ((ActivityChange.Changed) change).changes().isEmpty()) {
            return;
        }
        activities.update(activity);
        List<AuditEntry> audit = new ArrayList<>();
        for (FieldChange field : ((ActivityChange.Changed) change).changes()) {
            audit.add(runtime.auditEntry(context, RECORD_TYPE, activity.id(), field.field(), field.oldValue(),
                    field.newValue()));
        }
        runtime.audit(audit);
        runtime.recordEvents(activity.pullEvents());
    }

    // ---- reading and calendars ---------------------------------------------------------------

    @Override
    public ActivityView get(ActivityId id) {
        Preconditions.notNull(id, "id");
        ActivityView activity = runtime.transactions().inTransaction(() -> load(id).view());
        if (hiddenFromActor(activity)) {
            throw new NotFoundException(RECORD_TYPE, id);
        }
        runtime.requireAccess(context, Action.READ, access(activity));
        return activity;
    }

    @Override
    public Page<ActivityView> list(ListActivities query) {
        runtime.validate(query);
        ActivityFilter visible = restrictToVisible(query.filter());
        if (visible == null) {
            return Page.last(List.of());
        }
        return runtime.transactions().inTransaction(() -> activities.search(context.tenantId(), visible,
                query.page()));
    }

    @Override
    public List<ActivityView> conflicts(UserId user, Instant start, Instant end, ActivityId except) {
        Preconditions.notNull(user, "user");
        Preconditions.notNull(start, "start");
        Preconditions.notNull(end, "end");
        Preconditions.check(start.isBefore(end), "end", "must be after the start");
        return runtime.transactions().inTransaction(() -> meetingsOf(user, start, end).stream()
                .filter(m -> !m.id().equals(except) && m.clashesWith(start, end))
                .map(this::masked)
                .toList());
    }

    /**
     * The planned meetings that overlap the new activities, for every user involved (owner and
     * user attendees). One range query per user over the whole span of a series.
     */
    private List<ActivityView> conflictsOf(List<ActivityView> planned, ConflictPolicy policy) {
        if (policy == ConflictPolicy.IGNORE || planned.isEmpty() || planned.get(0).type() != ActivityType.MEETING) {
            return List.of();
        }
        Set<ActivityId> own = new HashSet<>();
        planned.forEach(a -> own.add(a.id()));
        Instant from = planned.stream().map(ActivityView::start).min(Comparator.naturalOrder()).orElseThrow();
        Instant to = planned.stream().map(ActivityView::end).max(Comparator.naturalOrder()).orElseThrow();
        if (!from.isBefore(to)) {
            return List.of();
        }
        Set<UserId> users = new LinkedHashSet<>();
        users.add(planned.get(0).ownerId());
        planned.get(0).attendees().stream().map(Attendee::userId).filter(Objects::nonNull).forEach(users::add);
        Map<ActivityId, ActivityView> found = new LinkedHashMap<>();
        for (UserId user : users) {
            for (ActivityView meeting : meetingsOf(user, from, to)) {
                if (!own.contains(meeting.id()) && planned.stream()
                        .anyMatch(p -> meeting.clashesWith(p.start(), p.end()))) {
                    found.putIfAbsent(meeting.id(), masked(meeting));
                }
            }
        }
        return found.values().stream().sorted(Comparator.comparing(ActivityView::start)).toList();
    }

    /** Every planned meeting of the user in the range, private ones included (they block time too). */
    private List<ActivityView> meetingsOf(UserId user, Instant from, Instant to) {
        List<ActivityView> meetings = new ArrayList<>();
        ActivityFilter filter = ActivityFilter.any().forUsers(user).ofTypes(ActivityType.MEETING)
                .inStatuses(ActivityStatus.PLANNED).during(from, to);
        PageRequest page = PageRequest.first(PAGE);
        while (true) {
            Page<ActivityView> found = activities.search(context.tenantId(), filter, page);
            meetings.addAll(found.items());
            if (!found.hasNext()) {
                return meetings;
            }
            page = page.next(found.next());
        }
    }

    /** Another user's private activity shows as busy time only. */
    private ActivityView masked(ActivityView activity) {
        if (!hiddenFromActor(activity)) {
            return activity;
        }
        return new ActivityView(activity.id(), activity.tenantId(), activity.type(), activity.status(),
                activity.ownerId(), "Busy", null, activity.start(), activity.end(), activity.zone(),
                ActivityDetails.defaultsFor(activity.type()), activity.visibility(), Set.of(), List.of(), List.of(),
                activity.seriesId(), activity.recurrence(), activity.originalStart(), null, activity.completedAt(),
                activity.version(), activity.createdAt(), activity.updatedAt());
    }

    private boolean hiddenFromActor(ActivityView activity) {
        return activity.visibility() == ActivityVisibility.PRIVATE && !seesPrivate()
                && !activity.ownerId().equals(context.actor().userId());
    }

    private boolean seesPrivate() {
        return context.actor().hasRole(Role.SYSTEM);
    }

    /** Visits every activity matching the filter (unrestricted: callers restrict first), page by page. */
    private void walk(ActivityFilter filter, Consumer<ActivityView> sink) {
        PageRequest page = PageRequest.first(PAGE);
        while (true) {
            Page<ActivityView> found = activities.search(context.tenantId(), filter, page);
            found.items().forEach(sink);
            if (!found.hasNext()) {
                return;
            }
            page = page.next(found.next());
        }
    }

    // ---- calendar files ----------------------------------------------------------------------

    @Override
    public long exportCalendar(ActivityFilter filter, OutputStream out) {
        Preconditions.notNull(filter, "filter");
        Preconditions.notNull(out, "out");
        ActivityFilter visible = restrictToVisible(filter.ofTypes(ActivityType.MEETING));
        List<CalendarEvent> events = new ArrayList<>();
        if (visible != null) {
            runtime.transactions().inTransaction(() -> {
                Set<ActivityId> series = new LinkedHashSet<>();
                walk(visible, meeting -> {
                    if (meeting.seriesId() == null) {
                        events.add(CalendarEvents.of(meeting, UID_DOMAIN));
                    } else {
                        series.add(meeting.seriesId());
                    }
                });
                for (ActivityId seriesId : series) {
                    List<ActivityView> occurrences = new ArrayList<>();
                    walk(ActivityFilter.any().inSeries(seriesId), occurrences::add);
                    occurrences.stream().filter(o -> o.id().equals(seriesId)).findFirst()
                            .ifPresent(first -> events.addAll(CalendarEvents.ofSeries(first, occurrences, UID_DOMAIN)));
                }
                return null;
            });
        }
        settings.calendarGateway().write(events, out);
        return events.size();
    }

    @Override
    public CalendarImportReport importCalendar(InputStream in, Set<RecordLink> links) {
        Preconditions.notNull(in, "in");
        Set<RecordLink> about = links == null ? Set.of() : Set.copyOf(links);
        CalendarRead read = settings.calendarGateway().read(in);
        List<ActivityId> stored = new ArrayList<>();
        List<ActivityId> updated = new ArrayList<>();
        List<CalendarRejection> rejected = new ArrayList<>(read.rejected());
        Map<String, List<CalendarEvent>> overrides = new LinkedHashMap<>();
        Set<String> seriesUids = new HashSet<>();
        for (CalendarEvent event : read.events()) {
            if (event.isOccurrence()) {
                overrides.computeIfAbsent(event.uid(), uid -> new ArrayList<>()).add(event);
            } else if (event.recurrence() != null) {
                seriesUids.add(event.uid());
            }
        }
        overrides.forEach((uid, events) -> {
            if (!seriesUids.contains(uid)) {
                events.forEach(e -> rejected.add(new CalendarRejection(0, uid, "RECURRENCE-ID "
                        + e.recurrenceId() + " overrides an occurrence of a series the file does not hold")));
            }
        });
        for (CalendarEvent event : read.events()) {
            if (event.isOccurrence()) {
                continue;
            }
            List<CalendarEvent> changed = event.recurrence() == null ? List.of()
                    : overrides.getOrDefault(event.uid(), List.of());
            try {
                ActivityId known = CalendarEvents.activityIdOf(event.uid(), UID_DOMAIN);
                ActivityView existing = known == null ? null : runtime.transactions().inTransaction(
                        () -> activities.find(context.tenantId(), known).map(Activity::view).orElse(null));
                if (existing != null && existing.type() == ActivityType.MEETING
                        && (event.recurrence() == null) == (existing.seriesId() == null)) {
                    // exported by the CRM and changed in a calendar: the CRM's meeting follows
                    if (updateFrom(event, existing, changed, rejected)) {
                        updated.add(existing.id());
                    }
                    continue;
                }
                String refusal = null;
                if (existing != null) {
                    refusal = "already in the CRM as activity " + known + ", which this event cannot update";
                } else if (event.cancelled()) {
                    refusal = "the event is cancelled";
                }
                if (refusal != null) {
                    for (CalendarEvent e : changed) {
                        rejected.add(new CalendarRejection(0, e.uid(), "RECURRENCE-ID " + e.recurrenceId()
                                + " of a series not imported: " + refusal));
                    }
                    rejected.add(new CalendarRejection(0, event.uid(), refusal));
                    continue;
                }
                List<CalendarEvent> fitting = changed.isEmpty() ? List.of()
                        : CalendarEvents.fittingOverrides(event, changed, rejected);
                List<Occurrence> occurrences = fitting.isEmpty() ? List.of()
                        : CalendarEvents.occurrences(event, fitting);
                ScheduleOutcome outcome = schedule(CalendarEvents.toCommand(event, about));
                ActivityId first = ((ScheduleOutcome.Scheduled) outcome).id();
                stored.add(first);
                if (!fitting.isEmpty()) {
                    applyOverrides(event, first, fitting, occurrences, rejected);
                }
            } catch (ValidationException e) {
                rejected.add(new CalendarRejection(0, event.uid(), e.getMessage()));
            }
        }
        return new CalendarImportReport(stored, updated, rejected);
    }

    /**
     * Gives the stored occurrences of an imported series what the file's overrides say: moved
     * ones their new time, changed ones their text, place and attendees, cancelled ones their
     * status. An override that cannot be applied is reported; the series stays.
     */
    private void applyOverrides(CalendarEvent series, ActivityId seriesId, List<CalendarEvent> overrides,
                                List<Occurrence> occurrences, List<CalendarRejection> rejected) {
        Map<Instant, ActivityView> byOriginal = new HashMap<>();
        runtime.transactions().inTransaction(() -> {
            walk(ActivityFilter.any().inSeries(seriesId), o -> byOriginal.put(o.occurrenceKey(), o));
            return null;
        });
        Map<Instant, Occurrence> moves = new HashMap<>();
        occurrences.forEach(o -> moves.put(o.originalStart(), o));
        for (CalendarEvent override : overrides) {
            ActivityView occurrence = byOriginal.get(override.recurrenceId());
            if (occurrence == null) {
                rejected.add(new CalendarRejection(0, override.uid(), "RECURRENCE-ID " + override.recurrenceId()
                        + " names no stored occurrence of the series"));
                continue;
            }
            Occurrence moved = moves.get(override.recurrenceId());
            Applied applied = applyEvent(occurrence, override, moved == null ? null : moved.start(),
                    moved == null ? null : moved.end());
            if (applied.reason() != null) {
                rejected.add(new CalendarRejection(0, override.uid(), "RECURRENCE-ID " + override.recurrenceId()
                        + ": " + applied.reason()));
            }
        }
    }

    /**
     * Updates a meeting the CRM exported from the calendar's copy of it: a single meeting takes
     * the event's time, text, place, attendees or cancellation; a series' planned occurrences
     * take their overrides, the cancellations of the exception days and otherwise the series'
     * time of day, length, text, place and attendees (a changed rule is not applied). A single
     * meeting already held or cancelled keeps what happened, and a change to it is reported; a
     * series' held and cancelled occurrences are left out.
     *
     * @return whether anything changed
     */
    private boolean updateFrom(CalendarEvent event, ActivityView existing, List<CalendarEvent> overrides,
                               List<CalendarRejection> rejected) {
        if (event.recurrence() == null) {
            Applied applied = applyEvent(existing, event, event.start(), event.end());
            if (applied.reason() != null) {
                rejected.add(new CalendarRejection(0, event.uid(), applied.reason()));
            }
            return applied.changed();
        }
        List<CalendarEvent> fitting = overrides.isEmpty() ? List.of()
                : CalendarEvents.fittingOverrides(event, overrides, rejected);
        Map<Instant, CalendarEvent> byOriginal = new HashMap<>();
        fitting.forEach(o -> byOriginal.put(o.recurrenceId(), o));
        Map<Instant, Occurrence> moves = new HashMap<>();
        if (!fitting.isEmpty()) {
            CalendarEvents.occurrences(event, fitting).forEach(o -> moves.put(o.originalStart(), o));
        }
        List<ActivityView> occurrences = new ArrayList<>();
        runtime.transactions().inTransaction(() -> {
            walk(ActivityFilter.any().inSeries(existing.seriesId()).inStatuses(ActivityStatus.PLANNED),
                    occurrences::add);
            return null;
        });
        // the series may have moved as a whole: each occurrence the file does not override sits
        // where the rule puts it, as far from its original time as the first is from its own
        Duration shift = Duration.between(existing.occurrenceKey(), event.start());
        Duration length = Duration.between(event.start(), event.end());
        boolean changed = false;
        for (ActivityView occurrence : occurrences) {
            CalendarEvent override = byOriginal.get(occurrence.occurrenceKey());
            Occurrence moved = moves.get(occurrence.occurrenceKey());
            boolean exception = event.recurrence().exceptions()
                    .contains(occurrence.occurrenceKey().atZone(event.zone()).toLocalDate());
            Applied applied;
            if (override != null) {
                applied = applyEvent(occurrence, override, moved == null ? null : moved.start(),
                        moved == null ? null : moved.end());
            } else if (exception) {
                applied = applyEvent(occurrence, CalendarEvents.cancelled(event), null, null);
            } else {
                Instant start = occurrence.occurrenceKey().plus(shift);
                applied = applyEvent(occurrence, event, start, start.plus(length));
            }
            if (applied.reason() != null) {
                rejected.add(new CalendarRejection(0, event.uid(), "occurrence of "
                        + occurrence.occurrenceKey() + ": " + applied.reason()));
            }
            changed |= applied.changed();
        }
        return changed;
    }

    /** What applying a calendar event to a meeting did: changed it or not, or why it could not. */
    private record Applied(boolean changed, String reason) {
        static final Applied UNCHANGED = new Applied(false, null);
    }

    /**
     * Gives a meeting what the event says: its cancellation, else its time when {@code start}
     * is given and differs, and its text, place and attendees.
     */
    private Applied applyEvent(ActivityView meeting, CalendarEvent event, Instant start, Instant end) {
        try {
            if (event.cancelled()) {
                if (meeting.status() == ActivityStatus.CANCELLED) {
                    return Applied.UNCHANGED;
                }
                ActivityChange change = cancel(CancelActivity.of(meeting.id()));
                return change instanceof ActivityChange.Refused refused ? new Applied(false, refused.reason())
                        : new Applied(true, null);
            }
            boolean changed = false;
            if (start != null && (!start.equals(meeting.start()) || !end.equals(meeting.end())
                    || !event.zone().equals(meeting.zone()))) {
                ScheduleOutcome outcome = reschedule(new RescheduleActivity(meeting.id(), start, end, event.zone(),
                        null, ConflictPolicy.IGNORE));
                if (outcome instanceof ScheduleOutcome.Refused refused) {
                    return new Applied(false, refused.reason());
                }
                changed = true;
            }
            ActivityDetails.Meeting place = CalendarEvents.placeOf(event);
            EditActivity edit = EditActivity.of(meeting.id()).subject(event.summary())
                    .body(event.description() == null ? "" : event.description())
                    .location(place.location() == null ? "" : place.location())
                    .onlineLink(place.onlineLink() == null ? "" : place.onlineLink());
            Set<String> wanted = new HashSet<>();
            event.attendees().forEach(a -> wanted.add(a.toString()));
            Set<String> present = new HashSet<>();
            for (Attendee attendee : meeting.attendees()) {
                present.add(attendee.toString());
                if (!wanted.contains(attendee.toString())) {
                    edit = edit.uninvite(attendee);
                }
            }
            for (Attendee attendee : event.attendees()) {
                if (!present.contains(attendee.toString())) {
                    edit = edit.invite(attendee);
                }
            }
            ActivityChange change = edit(edit);
            if (change instanceof ActivityChange.Refused refused) {
                return new Applied(changed, refused.reason());
            }
            return new Applied(changed || !((ActivityChange.Changed) change).changes().isEmpty(), null);
        } catch (ValidationException e) {
            return new Applied(false, e.getMessage());
        }
    }

    // ---- reminders ---------------------------------------------------------------------------

    @Override
    public List<DueReminder> dueReminders(Instant now, int limit) {
        Preconditions.notNull(now, "now");
        Preconditions.check(limit >= 1 && limit <= PageRequest.MAX_SIZE, "limit",
                "must be between 1 and " + PageRequest.MAX_SIZE);
        return runtime.transactions().inTransaction(() -> activities.dueReminders(context.tenantId(), now, limit));
    }

    @Override
    public ReminderAcknowledgement acknowledge(ActivityId activity, ReminderId reminder) {
        Preconditions.notNull(activity, "activity");
        Preconditions.notNull(reminder, "reminder");
        Instant now = runtime.clock().instant();
        return runtime.transactions().inTransaction(() -> {
            Activity stored = activities.find(context.tenantId(), activity).orElse(null);
            if (stored == null) {
                return ReminderAcknowledgement.NOT_FOUND;
            }
            Reminder found = stored.view().reminders().stream().filter(r -> r.id().equals(reminder)).findFirst()
                    .orElse(null);
            if (found == null) {
                return ReminderAcknowledgement.NOT_FOUND;
            }
            if (found.fired()) {
                return ReminderAcknowledgement.ALREADY_FIRED;
            }
            if (stored.status() != ActivityStatus.PLANNED) {
                return ReminderAcknowledgement.ACTIVITY_CLOSED;
            }
            if (found.fireAt().isAfter(now)) {
                return ReminderAcknowledgement.NOT_DUE;
            }
            // the conditional mark decides between concurrent pollers
            return activities.markReminderFired(context.tenantId(), reminder, now)
                    ? ReminderAcknowledgement.FIRED : ReminderAcknowledgement.ALREADY_FIRED;
        });
    }

    @Override
    public ReminderDelivery deliverDueReminders(int limit) {
        List<ReminderId> delivered = new ArrayList<>();
        List<ReminderId> failed = new ArrayList<>();
        for (DueReminder due : dueReminders(runtime.clock().instant(), limit)) {
            if (!acknowledge(due.activityId(), due.reminderId()).fired()) {
                continue; // another poller fired it
            }
            String when = due.start().atZone(due.zone()).toLocalDateTime().toString().replace('T', ' ');
            Notification notification = new Notification(context.tenantId(), due.ownerId(),
                    "Reminder: " + due.subject(), due.type().name().charAt(0)
                    + due.type().name().substring(1).toLowerCase(java.util.Locale.ROOT) + " \"" + due.subject()
                    + "\" at " + when + " (" + due.zone() + ")", due.activityId(), due.reminderId(), due.start(),
                    due.zone());
            try {
                settings.notifier().send(notification);
                delivered.add(due.reminderId());
            } catch (RuntimeException e) {
                LOG.warn("notifier failed for reminder {} of activity {}; it will not fire again",
                        due.reminderId(), due.activityId(), e);
                failed.add(due.reminderId());
            }
        }
        return new ReminderDelivery(delivered, failed);
    }

    // ---- templates ---------------------------------------------------------------------------

    @Override
    public List<ActivityTemplate> templates() {
        return runtime.transactions().inTransaction(() -> playbooks.current(context.tenantId()).templates());
    }

    @Override
    public ScheduleOutcome scheduleFromTemplate(ScheduleFromTemplate command) {
        runtime.validate(command);
        ActivityTemplate template = runtime.transactions().inTransaction(
                () -> playbooks.template(context.tenantId(), command.templateKey())).orElseThrow(
                () -> new ValidationException("templateKey", "no template '" + command.templateKey() + "'"));
        return schedule(fromTemplate(template, command.start(), command.zone(), command.values(), command.links(),
                command.ownerId()));
    }

    private static ScheduleActivity fromTemplate(ActivityTemplate template, Instant start, java.time.ZoneId zone,
                                                 Map<String, String> values, Set<RecordLink> links, UserId owner) {
        return new ScheduleActivity(template.type(), template.subjectWith(values), template.bodyWith(values), start,
                start.plus(template.defaultDuration()), zone, null, null, owner, links, List.of(),
                template.reminders(), null, null, null);
    }

    // ---- analytics ---------------------------------------------------------------------------

    @Override
    public ActivityBreakdown breakdown(ActivityFilter filter, PeriodUnit unit) {
        Preconditions.notNull(filter, "filter");
        Preconditions.notNull(unit, "unit");
        ActivityFilter visible = restrictToVisible(filter);
        if (visible == null) {
            return new ActivityBreakdown(unit, List.of());
        }
        List<ActivityCount> counts = runtime.transactions().inTransaction(
                () -> activities.countByDay(context.tenantId(), visible));
        Map<List<Object>, long[]> rows = new HashMap<>();
        for (ActivityCount count : counts) {
            long[] byStatus = rows.computeIfAbsent(List.of(count.ownerId(), count.type(),
                    unit.periodOf(count.day())), k -> new long[3]);
            byStatus[count.status().ordinal()] += count.count();
        }
        List<ActivityBreakdown.Row> result = new ArrayList<>();
        rows.forEach((key, n) -> result.add(new ActivityBreakdown.Row((UserId) key.get(0), (ActivityType) key.get(1),
                (LocalDate) key.get(2), n[ActivityStatus.PLANNED.ordinal()], n[ActivityStatus.COMPLETED.ordinal()],
                n[ActivityStatus.CANCELLED.ordinal()])));
        result.sort(Comparator.comparing(ActivityBreakdown.Row::periodStart)
                .thenComparing(row -> row.ownerId().value()).thenComparing(ActivityBreakdown.Row::type));
        return new ActivityBreakdown(unit, result);
    }

    @Override
    public OverdueTasks overdueTasks(int limit) {
        Preconditions.check(limit >= 0 && limit <= PageRequest.MAX_SIZE, "limit",
                "must be between 0 and " + PageRequest.MAX_SIZE);
        Instant now = runtime.clock().instant();
        ActivityFilter visible = restrictToVisible(ActivityFilter.any().ofTypes(ActivityType.TASK)
                .inStatuses(ActivityStatus.PLANNED).during(null, now));
        if (visible == null) {
            return new OverdueTasks(Map.of(), List.of());
        }
        return runtime.transactions().inTransaction(() -> {
            Map<UserId, Long> byOwner = new HashMap<>();
            for (ActivityCount count : activities.countByDay(context.tenantId(), visible)) {
                byOwner.merge(count.ownerId(), count.count(), Long::sum);
            }
            List<ActivityView> oldest = limit == 0 ? List.of()
                    : activities.search(context.tenantId(), visible, PageRequest.first(limit)).items();
            return new OverdueTasks(byOwner, oldest);
        });
    }

    @Override
    public List<RecordActivity> lastAndNext(LinkedRecordType type, Collection<UUID> recordIds) {
        Preconditions.notNull(type, "type");
        Preconditions.notNull(recordIds, "recordIds");
        Preconditions.check(recordIds.size() <= PageRequest.MAX_SIZE, "recordIds",
                "must be at most " + PageRequest.MAX_SIZE);
        ActivityFilter visible = restrictToVisible(ActivityFilter.any());
        if (visible == null || recordIds.isEmpty()) {
            return List.of();
        }
        return runtime.transactions().inTransaction(() -> activities.lastAndNext(context.tenantId(), type,
                Set.copyOf(recordIds), runtime.clock().instant(), visible));
    }

    // ---- common ------------------------------------------------------------------------------

    private Activity load(ActivityId id) {
        return activities.find(context.tenantId(), id).orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
    }

    private Activity loadForUpdate(ActivityId id, Long expectedVersion) {
        Activity activity = load(id);
        if (hiddenFromActor(activity.view())) {
            throw new NotFoundException(RECORD_TYPE, id);
        }
        runtime.requireAccess(context, Action.UPDATE, access(activity.view()));
        if (expectedVersion != null && expectedVersion != activity.version()) {
            throw new ConcurrencyConflictException(RECORD_TYPE, id, expectedVersion);
        }
        return activity;
    }

    /** The filter narrowed to what the actor may see, or null when nothing can match. */
    private ActivityFilter restrictToVisible(ActivityFilter filter) {
        ActivityFilter seen = seesPrivate() ? filter.seenBy(null) : filter.seenBy(context.actor().userId());
        Visibility visibility = runtime.accessPolicy().visibility(context.actor(), RECORD_TYPE);
        if (visibility instanceof Visibility.OwnedBy) {
            Set<UserId> owners = new HashSet<>(((Visibility.OwnedBy) visibility).owners());
            if (!filter.owners().isEmpty()) {
                owners.retainAll(filter.owners());
            }
            return owners.isEmpty() ? null : seen.ownedBy(owners);
        }
        return seen;
    }

    private static RecordAccess access(ActivityView activity) {
        return new RecordAccess(RECORD_TYPE, activity.id().toString(), activity.ownerId());
    }

    private List<AuditEntry> creationAudit(ActivityView activity) {
        List<AuditEntry> entries = new ArrayList<>();
        entries.add(runtime.auditEntry(context, RECORD_TYPE, activity.id(), "type", null, activity.type()));
        entries.add(runtime.auditEntry(context, RECORD_TYPE, activity.id(), "subject", null, activity.subject()));
        entries.add(runtime.auditEntry(context, RECORD_TYPE, activity.id(), "owner", null, activity.ownerId()));
        entries.add(runtime.auditEntry(context, RECORD_TYPE, activity.id(), "start", null, activity.start()));
        entries.add(runtime.auditEntry(context, RECORD_TYPE, activity.id(), "status", null, activity.status()));
        if (activity.outcome() != null) {
            entries.add(runtime.auditEntry(context, RECORD_TYPE, activity.id(), "outcome", null, activity.outcome()));
        }
        return entries;
    }
}
