package org.smartbizflow.crm.core.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.smartbizflow.crm.activity.Activity;
import org.smartbizflow.crm.activity.ActivityCount;
import org.smartbizflow.crm.activity.ActivityFilter;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.ActivityStatus;
import org.smartbizflow.crm.activity.ActivityTally;
import org.smartbizflow.crm.activity.ActivityType;
import org.smartbizflow.crm.activity.ActivityView;
import org.smartbizflow.crm.activity.DueReminder;
import org.smartbizflow.crm.activity.LinkedRecordType;
import org.smartbizflow.crm.activity.PersonReference;
import org.smartbizflow.crm.activity.RecordActivity;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.activity.Reminder;
import org.smartbizflow.crm.activity.ReminderId;
import org.smartbizflow.crm.activity.port.out.ActivityRepository;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.Cursor;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Activities in memory, one map per tenant, with the same contract as the database adapters:
 * tenant scope, optimistic versions, calendar order (start, then id) with keyset paging, and
 * reminders that fire once (the transaction runner serialises the check-and-mark).
 */
public final class InMemoryActivityRepository implements ActivityRepository {

    static final Comparator<ActivityView> CALENDAR_ORDER = Comparator.comparing(ActivityView::start)
            .thenComparing(a -> a.id().value(), UuidOrder.UNSIGNED);

    private final InMemoryTransactionRunner transactions;
    private final Map<TenantId, Map<UUID, ActivityView>> byTenant = new ConcurrentHashMap<>();

    public InMemoryActivityRepository(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    private Map<UUID, ActivityView> tenant(TenantId tenantId) {
        return byTenant.computeIfAbsent(tenantId, t -> new ConcurrentHashMap<>());
    }

    @Override
    public Optional<Activity> find(TenantId tenantId, ActivityId id) {
        return transactions.read(() -> Optional.ofNullable(tenant(tenantId).get(id.value())).map(Activity::restore));
    }

    @Override
    public void insert(Activity activity) {
        ActivityView state = activity.view();
        transactions.write(() -> {
            Map<UUID, ActivityView> activities = tenant(state.tenantId());
            if (activities.containsKey(state.id().value())) {
                throw new ValidationException("id", "an activity with id " + state.id() + " already exists");
            }
            ActivityView stored = state.withVersion(0);
            activities.put(state.id().value(), stored);
            transactions.onRollback(() -> activities.remove(state.id().value(), stored));
            return null;
        });
    }

    @Override
    public void update(Activity activity) {
        ActivityView state = activity.view();
        transactions.write(() -> {
            Map<UUID, ActivityView> activities = tenant(state.tenantId());
            ActivityView previous = activities.get(state.id().value());
            if (previous == null) {
                throw new NotFoundException("Activity", state.id());
            }
            if (previous.version() != state.version()) {
                throw new ConcurrencyConflictException("Activity", state.id(), state.version());
            }
            List<Reminder> merged = new ArrayList<>();
            for (Reminder reminder : state.reminders()) {
                Reminder stored = previous.reminders().stream().filter(r -> r.id().equals(reminder.id()))
                        .findFirst().orElse(null);
                boolean keepFired = stored != null && stored.fired() && stored.fireAt().equals(reminder.fireAt());
                merged.add(keepFired ? stored : reminder);
            }
            activities.put(state.id().value(), state.withReminders(merged).withVersion(state.version() + 1));
            transactions.onRollback(() -> activities.put(state.id().value(), previous));
            return null;
        });
    }

    @Override
    public Page<ActivityView> search(TenantId tenantId, ActivityFilter filter, PageRequest page) {
        return transactions.read(() -> {
            ActivityView after = page.after() == null ? null : decode(page.after());
            List<ActivityView> matching = tenant(tenantId).values().stream()
                    .filter(filter::matches)
                    .filter(a -> after == null || CALENDAR_ORDER.compare(a, after) > 0)
                    .sorted(CALENDAR_ORDER)
                    .limit(page.size() + 1L)
                    .toList();
            if (matching.size() <= page.size()) {
                return Page.last(matching);
            }
            List<ActivityView> items = matching.subList(0, page.size());
            return new Page<>(items, encode(items.get(items.size() - 1)));
        });
    }

    @Override
    public List<DueReminder> dueReminders(TenantId tenantId, Instant now, int limit) {
        return transactions.read(() -> {
            List<DueReminder> due = new ArrayList<>();
            for (ActivityView activity : tenant(tenantId).values()) {
                if (activity.status() != ActivityStatus.PLANNED) {
                    continue;
                }
                for (Reminder reminder : activity.reminders()) {
                    if (!reminder.fired() && !reminder.fireAt().isAfter(now)) {
                        due.add(new DueReminder(reminder.id(), activity.id(), activity.type(), activity.ownerId(),
                                activity.subject(), activity.start(), activity.zone(), reminder.fireAt()));
                    }
                }
            }
            due.sort(Comparator.comparing(DueReminder::fireAt).thenComparing(r -> r.reminderId().value(),
                    UuidOrder.UNSIGNED));
            return due.size() > limit ? List.copyOf(due.subList(0, limit)) : due;
        });
    }

    @Override
    public boolean markReminderFired(TenantId tenantId, ReminderId id, Instant firedAt) {
        return transactions.write(() -> {
            Map<UUID, ActivityView> activities = tenant(tenantId);
            for (ActivityView activity : activities.values()) {
                List<Reminder> reminders = activity.reminders();
                for (int i = 0; i < reminders.size(); i++) {
                    Reminder reminder = reminders.get(i);
                    if (reminder.id().equals(id)) {
                        if (reminder.fired()) {
                            return false;
                        }
                        List<Reminder> changed = new ArrayList<>(reminders);
                        changed.set(i, new Reminder(reminder.id(), reminder.before(), reminder.fireAt(), firedAt));
                        activities.put(activity.id().value(), activity.withReminders(changed));
                        transactions.onRollback(() -> activities.put(activity.id().value(), activity));
                        return true;
                    }
                }
            }
            return false;
        });
    }

    @Override
    public List<ActivityCount> countByDay(TenantId tenantId, ActivityFilter filter) {
        return transactions.read(() -> {
            Map<List<Object>, Long> groups = new HashMap<>();
            for (ActivityView activity : tenant(tenantId).values()) {
                if (filter.matches(activity)) {
                    groups.merge(List.of(activity.ownerId(), activity.type(), activity.status(),
                            activity.localStart().toLocalDate()), 1L, Long::sum);
                }
            }
            List<ActivityCount> counts = new ArrayList<>();
            groups.forEach((key, n) -> counts.add(new ActivityCount((UserId) key.get(0), (ActivityType) key.get(1),
                    (ActivityStatus) key.get(2), (java.time.LocalDate) key.get(3), n)));
            return counts;
        });
    }

    @Override
    public List<RecordActivity> lastAndNext(TenantId tenantId, LinkedRecordType type, Collection<UUID> recordIds,
                                            Instant now, ActivityFilter filter) {
        Set<UUID> wanted = new HashSet<>(recordIds);
        ActivityFilter anyRecord = filter.about(null);
        return transactions.read(() -> {
            Map<UUID, Instant[]> times = new TreeMap<>(UuidOrder.UNSIGNED);
            Map<UUID, Long> overdue = new HashMap<>();
            for (ActivityView activity : tenant(tenantId).values()) {
                if (!anyRecord.matches(activity)) {
                    continue;
                }
                for (RecordLink link : activity.links()) {
                    if (link.type() != type || !wanted.contains(link.recordId())) {
                        continue;
                    }
                    Instant[] lastNext = times.computeIfAbsent(link.recordId(), k -> new Instant[2]);
                    overdue.putIfAbsent(link.recordId(), 0L);
                    if (activity.status() == ActivityStatus.COMPLETED
                            && (lastNext[0] == null || activity.start().isAfter(lastNext[0]))) {
                        lastNext[0] = activity.start();
                    }
                    if (activity.status() == ActivityStatus.PLANNED) {
                        if (!activity.start().isBefore(now)
                                && (lastNext[1] == null || activity.start().isBefore(lastNext[1]))) {
                            lastNext[1] = activity.start();
                        } else if (activity.start().isBefore(now)) {
                            overdue.merge(link.recordId(), 1L, Long::sum);
                        }
                    }
                }
            }
            List<RecordActivity> result = new ArrayList<>();
            times.forEach((id, lastNext) -> result.add(new RecordActivity(new RecordLink(type, id), lastNext[0],
                    lastNext[1], overdue.get(id))));
            return result;
        });
    }

    @Override
    public List<ActivityTally> completedByRecord(TenantId tenantId, LinkedRecordType type,
                                                 Collection<UUID> recordIds, Instant before) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(type, "type");
        Preconditions.notNull(recordIds, "recordIds");
        Preconditions.notNull(before, "before");
        Set<UUID> wanted = new HashSet<>(recordIds);
        return transactions.read(() -> {
            Map<RecordLink, Map<ActivityType, Long>> counts = new TreeMap<>();
            for (ActivityView activity : tenant(tenantId).values()) {
                if (activity.status() != ActivityStatus.COMPLETED || !activity.start().isBefore(before)) {
                    continue;
                }
                for (RecordLink link : activity.links()) {
                    if (link.type() == type && wanted.contains(link.recordId())) {
                        counts.computeIfAbsent(link, k -> new java.util.EnumMap<>(ActivityType.class))
                                .merge(activity.type(), 1L, Long::sum);
                    }
                }
            }
            List<ActivityTally> result = new ArrayList<>();
            counts.forEach((link, byType) -> byType.forEach((t, n) -> result.add(new ActivityTally(link, t, n))));
            return result;
        });
    }

    static Cursor encode(ActivityView last) {
        return Cursor.of(last.start() + "|" + last.id());
    }

    private static ActivityView decode(Cursor cursor) {
        String[] parts = cursor.token().split("\\|");
        try {
            if (parts.length == 2) {
                Instant start = Instant.parse(parts[0]);
                UUID id = UUID.fromString(parts[1]);
                return probe(start, id);
            }
        } catch (RuntimeException e) {
            // refused below
        }
        throw new ValidationException("cursor", "is not a cursor of an activity search: " + cursor.token());
    }

    /** A stand-in with only the sort key set, to compare against. */
    private static ActivityView probe(Instant start, UUID id) {
        return new ActivityView(ActivityId.of(id), TenantId.of("cursor"), ActivityType.NOTE,
                ActivityStatus.COMPLETED, UserId.of("cursor"), "cursor", null, start, start, java.time.ZoneOffset.UTC,
                new org.smartbizflow.crm.activity.ActivityDetails.Note(),
                org.smartbizflow.crm.activity.ActivityVisibility.SHARED, Set.of(), List.of(), List.of(), null, null,
                null, start, 0, start, start);
    }

    @Override
    public List<ActivityView> concerning(TenantId tenantId, PersonReference person) {
        return transactions.read(() -> tenant(tenantId).values().stream()
                .filter(person::concerns)
                .sorted(CALENDAR_ORDER)
                .toList());
    }

    @Override
    public int anonymise(TenantId tenantId, PersonReference person, Instant now) {
        return transactions.write(() -> {
            Map<UUID, ActivityView> activities = tenant(tenantId);
            int changed = 0;
            for (ActivityView previous : List.copyOf(activities.values())) {
                ActivityView after = person.anonymise(previous, now);
                if (after.equals(previous)) {
                    continue;
                }
                ActivityView anonymous = after.withVersion(previous.version() + 1);
                activities.put(previous.id().value(), anonymous);
                transactions.onRollback(() -> activities.put(previous.id().value(), previous));
                changed++;
            }
            return changed;
        });
    }

    @Override
    public int relink(TenantId tenantId, RecordLink from, RecordLink to, Instant now) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(from, "from");
        Preconditions.notNull(to, "to");
        Preconditions.notNull(now, "now");
        return rewrite(tenantId, view -> view.relinked(from, to, now));
    }

    @Override
    public int linkAlso(TenantId tenantId, RecordLink of, List<RecordLink> also, Instant now) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(of, "of");
        Preconditions.notNull(also, "also");
        Preconditions.notNull(now, "now");
        List<RecordLink> more = List.copyOf(also);
        return rewrite(tenantId, view -> view.linkedAlso(of, more, now));
    }

    /** Stores every activity the change alters at its next version; counts them. */
    private int rewrite(TenantId tenantId, java.util.function.UnaryOperator<ActivityView> change) {
        return transactions.write(() -> {
            Map<UUID, ActivityView> activities = tenant(tenantId);
            int changed = 0;
            for (ActivityView previous : List.copyOf(activities.values())) {
                ActivityView after = change.apply(previous);
                if (after == previous) {
                    continue;
                }
                activities.put(previous.id().value(), after.withVersion(previous.version() + 1));
                transactions.onRollback(() -> activities.put(previous.id().value(), previous));
                changed++;
            }
            return changed;
        });
    }
}
