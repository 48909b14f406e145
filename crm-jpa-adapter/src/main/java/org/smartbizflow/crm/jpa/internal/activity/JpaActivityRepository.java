package org.smartbizflow.crm.jpa.internal.activity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
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
import org.smartbizflow.crm.jpa.internal.shared.CustomPlans;
import org.smartbizflow.crm.jpa.internal.shared.PersistenceFailures;
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
 * Activities in {@code crm_activity} with links, attendees and reminders in tables of their
 * own. Calendar searches are keyset-paged on (start, id) and bounded below by
 * {@code from - MAX_SPAN}, so a time range is one index range scan; counts and last/next
 * activity per record are GROUP BY queries; a reminder is fired by one conditional UPDATE.
 * An update compares the children with those read in the same transaction (kept on the managed
 * row) and writes only what changed, so completing or cancelling costs one row update.
 */
public final class JpaActivityRepository implements ActivityRepository {

    /** Values per IN list: well inside every database's limit. */
    private static final int IN_BATCH = 500;

    private final Supplier<EntityManager> entityManager;
    private final CustomPlans customPlans = new CustomPlans();

    public JpaActivityRepository(Supplier<EntityManager> entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    /** The entity classes this adapter maps. */
    public static List<Class<?>> entityClasses() {
        return List.of(ActivityEntity.class, ActivityLinkEntity.class, ActivityLinkEntity.Key.class,
                ActivityAttendeeEntity.class, ActivityAttendeeEntity.Key.class, ActivityReminderEntity.class);
    }

    @Override
    public Optional<Activity> find(TenantId tenantId, ActivityId id) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        return row(tenantId, id).map(row -> toViews(List.of(row)).get(0)).map(Activity::restore);
    }

    private Optional<ActivityEntity> row(TenantId tenantId, ActivityId id) {
        ActivityEntity row = entityManager.get().find(ActivityEntity.class, id.value());
        return row != null && row.tenantId.equals(tenantId.value()) ? Optional.of(row) : Optional.empty();
    }

    @Override
    public void insert(Activity activity) {
        Preconditions.notNull(activity, "activity");
        insertAll(List.of(activity));
    }

    @Override
    public void insertAll(List<Activity> activities) {
        Preconditions.notNull(activities, "activities");
        EntityManager em = entityManager.get();
        for (Activity activity : activities) {
            ActivityView state = activity.view();
            ActivityEntity row = ActivityMapper.newRow(state);
            em.persist(row);
            List<ActivityLinkEntity> links = ActivityMapper.linkRows(state);
            links.forEach(em::persist);
            List<ActivityAttendeeEntity> attendees = ActivityMapper.attendeeRows(state);
            attendees.forEach(em::persist);
            ActivityMapper.reminderRows(state).forEach(em::persist);
            row.children = new ActivityEntity.Children(row.version, links, attendees, fireTimes(state));
        }
    }

    @Override
    public void update(Activity activity) {
        Preconditions.notNull(activity, "activity");
        ActivityView state = activity.view();
        ActivityEntity row = row(state.tenantId(), state.id())
                .orElseThrow(() -> new NotFoundException("Activity", state.id()));
        if (row.version != state.version()) {
            throw new ConcurrencyConflictException("Activity", state.id(), state.version());
        }
        EntityManager em = entityManager.get();
        // What this transaction read with the row spares reading the children again; a reschedule,
        // completion or cancellation then touches no link or attendee row but the start column.
        ActivityEntity.Children before = row.children != null && row.children.currentFor(row, em)
                ? row.children : null;
        row.children = null;
        boolean moved = !row.startAt.equals(state.start());
        ActivityMapper.copyInto(state, row);
        try {
            em.flush();
        } catch (OptimisticLockException lost) {
            throw PersistenceFailures.translate(lost);
        }
        if (before == null) {
            before = storedChildren(em, state);
        }
        List<ActivityLinkEntity> wantedLinks = ActivityMapper.linkRows(state);
        boolean linksChanged = !keys(wantedLinks).equals(keys(before.links()));
        List<ActivityAttendeeEntity> wantedAttendees = ActivityMapper.attendeeRows(state);
        boolean attendeesChanged = !sameAttendees(before.attendees(), wantedAttendees);
        if ((linksChanged || attendeesChanged) && row.version == state.version()) {
            // only links or attendees changed, so the row itself was not written: its version
            // still has to advance, or a concurrent edit of the same version would not conflict.
            // Done before the child rows are written, so a stale edit writes none of them.
            int bumped = em.createQuery("update CrmActivity a set a.version = a.version + 1 "
                            + "where a.id = :id and a.version = :version")
                    .setParameter("id", state.id().value())
                    .setParameter("version", state.version())
                    .executeUpdate();
            if (bumped == 0) {
                throw new ConcurrencyConflictException("Activity", state.id(), state.version());
            }
            em.refresh(row);
        }
        List<ActivityLinkEntity> links = before.links();
        List<ActivityAttendeeEntity> attendees = before.attendees();
        try {
            if (linksChanged) {
                links = writeLinks(em, wantedLinks, links);
            }
            if (attendeesChanged) {
                // positions shift when someone leaves: the rows are written anew, the old ones
                // first as they share primary keys (activity, line)
                attendees.forEach(em::remove);
                em.flush();
                wantedAttendees.forEach(em::persist);
                attendees = wantedAttendees;
            }
            if (linksChanged || attendeesChanged) {
                em.flush();
            }
        } catch (OptimisticLockException gone) {
            // a child row removed meanwhile by a write that did not advance the version
            throw new ConcurrencyConflictException("Activity", state.id(), state.version(), gone);
        }
        if (moved && !links.isEmpty()) {
            // one statement for the start the link rows repeat; the managed link rows keep their
            // old start in memory, which nothing reads (queries read the column)
            em.createQuery("update CrmActivityLink k set k.startAt = :start where k.id.activityId = :id")
                    .setParameter("start", state.start())
                    .setParameter("id", state.id().value())
                    .executeUpdate();
        }
        for (Reminder reminder : state.reminders()) {
            if (reminder.fireAt().equals(before.reminderFireAt().get(reminder.id().value()))) {
                continue;
            }
            // Only a changed fire time re-arms a reminder: a concurrent firing is never undone.
            em.createQuery("update CrmActivityReminder r set r.fireAt = :fireAt, r.firedAt = null "
                            + "where r.id = :id and r.tenantId = :tenant and r.fireAt <> :fireAt")
                    .setParameter("fireAt", reminder.fireAt())
                    .setParameter("id", reminder.id().value())
                    .setParameter("tenant", state.tenantId().value())
                    .executeUpdate();
        }
        row.children = new ActivityEntity.Children(row.version, links, attendees, fireTimes(state));
    }

    /**
     * The links and attendees as stored, for an activity whose rows this transaction has not read;
     * reminder fire times are left unknown, so every reminder is checked by its conditional update.
     */
    private static ActivityEntity.Children storedChildren(EntityManager em, ActivityView state) {
        List<ActivityLinkEntity> links = em.createQuery(
                        "select k from CrmActivityLink k where k.id.activityId = :id", ActivityLinkEntity.class)
                .setParameter("id", state.id().value()).getResultList();
        List<ActivityAttendeeEntity> attendees = em.createQuery(
                        "select t from CrmActivityAttendee t where t.id.activityId = :id", ActivityAttendeeEntity.class)
                .setParameter("id", state.id().value()).getResultList();
        return new ActivityEntity.Children(state.version(), links, attendees, Map.of());
    }

    /**
     * Removes the link rows that went and adds the ones that came.
     *
     * @return the rows now stored
     */
    private static List<ActivityLinkEntity> writeLinks(EntityManager em, List<ActivityLinkEntity> wanted,
                                                       List<ActivityLinkEntity> stored) {
        Set<ActivityLinkEntity.Key> wantedKeys = keys(wanted);
        Set<ActivityLinkEntity.Key> storedKeys = keys(stored);
        List<ActivityLinkEntity> now = new ArrayList<>();
        for (ActivityLinkEntity link : stored) {
            if (wantedKeys.contains(link.id)) {
                now.add(link);
            } else {
                em.remove(link);
            }
        }
        for (ActivityLinkEntity link : wanted) {
            if (!storedKeys.contains(link.id)) {
                em.persist(link);
                now.add(link);
            }
        }
        return now;
    }

    private static Set<ActivityLinkEntity.Key> keys(List<ActivityLinkEntity> links) {
        Set<ActivityLinkEntity.Key> keys = new HashSet<>();
        links.forEach(k -> keys.add(k.id));
        return keys;
    }

    private static boolean sameAttendees(List<ActivityAttendeeEntity> stored, List<ActivityAttendeeEntity> wanted) {
        if (stored.size() != wanted.size()) {
            return false;
        }
        List<ActivityAttendeeEntity> ordered = new ArrayList<>(stored);
        ordered.sort((a, b) -> Integer.compare(a.id.position, b.id.position));
        for (int i = 0; i < ordered.size(); i++) {
            ActivityAttendeeEntity a = ordered.get(i);
            ActivityAttendeeEntity b = wanted.get(i);
            if (!a.kind.equals(b.kind) || !a.attendeeKey.equals(b.attendeeKey) || !Objects.equals(a.name, b.name)
                    || !Objects.equals(a.email, b.email)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Page<ActivityView> search(TenantId tenantId, ActivityFilter filter, PageRequest page) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(filter, "filter");
        Preconditions.notNull(page, "page");
        Conditions where = conditions(tenantId, filter, true);
        page.cursor().ifPresent(cursor -> {
            Object[] key = decode(cursor);
            where.add("(a.startAt > :cursorStart or (a.startAt = :cursorStart and a.id > :cursorId))",
                    "cursorStart", key[0]);
            where.parameter("cursorId", key[1]);
        });
        TypedQuery<ActivityEntity> query = entityManager.get()
                .createQuery("select a from CrmActivity a where " + where.jpql() + " order by a.startAt, a.id",
                        ActivityEntity.class)
                .setMaxResults(page.size() + 1);
        where.bind(query);
        List<ActivityEntity> rows = query.getResultList();
        List<ActivityView> views = toViews(rows.size() > page.size() ? rows.subList(0, page.size()) : rows);
        if (rows.size() <= page.size()) {
            return Page.last(views);
        }
        ActivityView last = views.get(views.size() - 1);
        return new Page<>(views, Cursor.of(last.start() + "|" + last.id()));
    }

    /**
     * One query per slice of records, joining links to activities in calendar order within each
     * record; rows past a record's limit are skipped as they stream by, and the children of the
     * activities kept are read as {@link #search} reads them.
     */
    @Override
    public Map<UUID, List<ActivityView>> filedUnder(TenantId tenantId, LinkedRecordType type,
                                                    Collection<UUID> recordIds, ActivityStatus status, int limit) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(type, "type");
        Preconditions.notNull(recordIds, "recordIds");
        Preconditions.check(limit > 0, "limit", "must be positive");
        List<UUID> ids = recordIds.stream().distinct().toList();
        Map<UUID, List<ActivityEntity>> rowsByRecord = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IN_BATCH) {
            // by the ids alone, checking the tenant on the rows: H2 looks an IN-list up only on an
            // index's first column (crm_activity_link_record_id_ix), not after the tenant's
            TypedQuery<Object[]> query = entityManager.get().createQuery("select k.id.recordId, k.tenantId, a"
                    + " from CrmActivityLink k, CrmActivity a where k.id.recordId in :recordIds"
                    + " and k.id.recordType = :recordType and a.id = k.id.activityId"
                    + (status == null ? "" : " and a.status = :status")
                    + " order by k.id.recordId, a.startAt, a.id", Object[].class)
                    .setParameter("recordType", type.name())
                    .setParameter("recordIds", ids.subList(from, Math.min(ids.size(), from + IN_BATCH)));
            if (status != null) {
                query.setParameter("status", status.name());
            }
            query.getResultStream().forEach(row -> {
                ActivityEntity activity = (ActivityEntity) row[2];
                if (!tenantId.value().equals(row[1]) || !tenantId.value().equals(activity.tenantId)) {
                    return;
                }
                List<ActivityEntity> filed = rowsByRecord.computeIfAbsent((UUID) row[0], id -> new ArrayList<>());
                if (filed.size() < limit) {
                    filed.add(activity);
                }
            });
        }
        Map<UUID, ActivityView> views = new HashMap<>();
        List<ActivityEntity> distinct = rowsByRecord.values().stream().flatMap(List::stream).distinct().toList();
        toViews(distinct).forEach(view -> views.put(view.id().value(), view));
        Map<UUID, List<ActivityView>> found = new HashMap<>();
        rowsByRecord.forEach((recordId, rows) -> found.put(recordId,
                rows.stream().map(row -> views.get(row.id)).toList()));
        return found;
    }

    /** The activities with their children, read with one query per child table. */
    private List<ActivityView> toViews(List<ActivityEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(r -> r.id).toList();
        Map<UUID, List<ActivityLinkEntity>> links = new HashMap<>();
        Map<UUID, List<ActivityAttendeeEntity>> attendees = new HashMap<>();
        Map<UUID, List<ActivityReminderEntity>> reminders = new HashMap<>();
        EntityManager em = entityManager.get();
        for (int from = 0; from < ids.size(); from += IN_BATCH) {
            List<UUID> slice = ids.subList(from, Math.min(ids.size(), from + IN_BATCH));
            em.createQuery("select k from CrmActivityLink k where k.id.activityId in :ids", ActivityLinkEntity.class)
                    .setParameter("ids", slice).getResultList()
                    .forEach(k -> links.computeIfAbsent(k.id.activityId, x -> new ArrayList<>()).add(k));
            em.createQuery("select t from CrmActivityAttendee t where t.id.activityId in :ids",
                            ActivityAttendeeEntity.class)
                    .setParameter("ids", slice).getResultList()
                    .forEach(t -> attendees.computeIfAbsent(t.id.activityId, x -> new ArrayList<>()).add(t));
            // A projection, not entities: fired marks are set by bulk updates, which bypass the
            // persistence context, so reminder state is always read as stored.
            em.createQuery("select r.id, r.activityId, r.position, r.beforeSeconds, r.fireAt, r.firedAt "
                            + "from CrmActivityReminder r where r.activityId in :ids", Object[].class)
                    .setParameter("ids", slice).getResultList()
                    .forEach(r -> {
                        ActivityReminderEntity reminder = new ActivityReminderEntity();
                        reminder.id = (UUID) r[0];
                        reminder.activityId = (UUID) r[1];
                        reminder.position = ((Number) r[2]).intValue();
                        reminder.beforeSeconds = ((Number) r[3]).longValue();
                        reminder.fireAt = (Instant) r[4];
                        reminder.firedAt = (Instant) r[5];
                        reminders.computeIfAbsent(reminder.activityId, x -> new ArrayList<>()).add(reminder);
                    });
        }
        List<ActivityView> views = new ArrayList<>(rows.size());
        for (ActivityEntity row : rows) {
            ActivityView view = ActivityMapper.toView(row, links.getOrDefault(row.id, List.of()),
                    attendees.getOrDefault(row.id, List.of()), reminders.getOrDefault(row.id, List.of()));
            row.children = new ActivityEntity.Children(row.version, links.getOrDefault(row.id, List.of()),
                    attendees.getOrDefault(row.id, List.of()), fireTimes(view));
            views.add(view);
        }
        return views;
    }

    private static Map<UUID, Instant> fireTimes(ActivityView state) {
        Map<UUID, Instant> fireAt = new HashMap<>();
        state.reminders().forEach(r -> fireAt.put(r.id().value(), r.fireAt()));
        return fireAt;
    }

    @Override
    public List<DueReminder> dueReminders(TenantId tenantId, Instant now, int limit) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(now, "now");
        List<Object[]> rows = entityManager.get().createQuery("select r.id, a.id, a.type, a.ownerId, a.subject, "
                        + "a.startAt, a.timeZone, r.fireAt from CrmActivityReminder r, CrmActivity a "
                        + "where r.activityId = a.id and r.tenantId = :tenant and a.tenantId = :tenant "
                        + "and r.firedAt is null and r.fireAt <= :now and a.status = :planned "
                        + "order by r.fireAt, r.id", Object[].class)
                .setParameter("tenant", tenantId.value())
                .setParameter("now", now)
                .setParameter("planned", ActivityStatus.PLANNED.name())
                .setMaxResults(limit)
                .getResultList();
        List<DueReminder> due = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            due.add(new DueReminder(ReminderId.of((UUID) row[0]), ActivityId.of((UUID) row[1]),
                    ActivityType.valueOf((String) row[2]), UserId.of((String) row[3]), (String) row[4],
                    (Instant) row[5], ZoneId.of((String) row[6]), (Instant) row[7]));
        }
        return due;
    }

    @Override
    public boolean markReminderFired(TenantId tenantId, ReminderId id, Instant firedAt) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        Preconditions.notNull(firedAt, "firedAt");
        // One conditional UPDATE: the database's row lock lets exactly one caller see fired_at null.
        int changed = entityManager.get()
                .createQuery("update CrmActivityReminder r set r.firedAt = :at "
                        + "where r.id = :id and r.tenantId = :tenant and r.firedAt is null")
                .setParameter("at", firedAt)
                .setParameter("id", id.value())
                .setParameter("tenant", tenantId.value())
                .executeUpdate();
        return changed == 1;
    }

    @Override
    public List<ActivityCount> countByDay(TenantId tenantId, ActivityFilter filter) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(filter, "filter");
        Conditions where = conditions(tenantId, filter, true);
        EntityManager em = entityManager.get();
        customPlans.forAggregate(em);
        TypedQuery<Object[]> query = em.createQuery("select a.ownerId, a.type, a.status, "
                + "a.startDay, count(a) from CrmActivity a where " + where.jpql()
                + " group by a.ownerId, a.type, a.status, a.startDay", Object[].class);
        where.bind(query);
        List<ActivityCount> counts = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            counts.add(new ActivityCount(UserId.of((String) row[0]), ActivityType.valueOf((String) row[1]),
                    ActivityStatus.valueOf((String) row[2]), (LocalDate) row[3], ((Number) row[4]).longValue()));
        }
        return counts;
    }

    @Override
    public List<RecordActivity> lastAndNext(TenantId tenantId, LinkedRecordType type, Collection<UUID> recordIds,
                                            Instant now, ActivityFilter filter) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(type, "type");
        Preconditions.notNull(recordIds, "recordIds");
        Preconditions.notNull(now, "now");
        List<UUID> ids = recordIds.stream().distinct().toList();
        List<RecordActivity> result = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IN_BATCH) {
            Conditions where = conditions(tenantId, filter.about(null), false);
            where.add("k.id.activityId = a.id and k.tenantId = :tenant and k.id.recordType = :recordType",
                    "recordType", type.name());
            where.add("k.id.recordId in :recordIds", "recordIds", ids.subList(from, Math.min(ids.size(), from + IN_BATCH)));
            where.parameter("now", now);
            where.parameter("completed", ActivityStatus.COMPLETED.name());
            where.parameter("planned", ActivityStatus.PLANNED.name());
            TypedQuery<Object[]> query = entityManager.get().createQuery("select k.id.recordId, "
                    + "max(case when a.status = :completed then a.startAt else null end), "
                    + "min(case when a.status = :planned and a.startAt >= :now then a.startAt else null end), "
                    + "sum(case when a.status = :planned and a.startAt < :now then 1 else 0 end) "
                    + "from CrmActivityLink k, CrmActivity a where " + where.jpql()
                    + " group by k.id.recordId order by k.id.recordId", Object[].class);
            where.bind(query);
            for (Object[] row : query.getResultList()) {
                result.add(new RecordActivity(new RecordLink(type, (UUID) row[0]), (Instant) row[1], (Instant) row[2],
                        row[3] == null ? 0 : ((Number) row[3]).longValue()));
            }
        }
        return result;
    }

    @Override
    public List<ActivityTally> completedByRecord(TenantId tenantId, LinkedRecordType type,
                                                 Collection<UUID> recordIds, Instant before) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(type, "type");
        Preconditions.notNull(recordIds, "recordIds");
        Preconditions.notNull(before, "before");
        List<UUID> ids = recordIds.stream().distinct().toList();
        List<ActivityTally> result = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IN_BATCH) {
            // the link rows carry the activity's start, so the record index narrows the scan
            TypedQuery<Object[]> query = entityManager.get().createQuery("select k.id.recordId, a.type, count(a) "
                    + "from CrmActivityLink k, CrmActivity a where k.tenantId = :tenant "
                    + "and k.id.recordType = :recordType and k.id.recordId in :recordIds and k.startAt < :before "
                    + "and a.id = k.id.activityId and a.tenantId = :tenant and a.status = :completed "
                    + "group by k.id.recordId, a.type", Object[].class)
                    .setParameter("tenant", tenantId.value())
                    .setParameter("recordType", type.name())
                    .setParameter("recordIds", ids.subList(from, Math.min(ids.size(), from + IN_BATCH)))
                    .setParameter("before", before)
                    .setParameter("completed", ActivityStatus.COMPLETED.name());
            for (Object[] row : query.getResultList()) {
                result.add(new ActivityTally(new RecordLink(type, (UUID) row[0]), ActivityType.valueOf((String) row[1]),
                        ((Number) row[2]).longValue()));
            }
        }
        return result;
    }

    @Override
    public List<ActivityView> concerning(TenantId tenantId, PersonReference person) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(person, "person");
        EntityManager em = entityManager.get();
        Set<UUID> candidates = new LinkedHashSet<>();
        for (RecordLink link : person.records()) {
            candidates.addAll(em.createQuery("select k.id.activityId from CrmActivityLink k where k.tenantId = :tenant"
                            + " and k.id.recordType = :type and k.id.recordId = :id", UUID.class)
                    .setParameter("tenant", tenantId.value())
                    .setParameter("type", link.type().name())
                    .setParameter("id", link.recordId())
                    .getResultList());
        }
        if (person.contact() != null) {
            candidates.addAll(em.createQuery("select t.id.activityId from CrmActivityAttendee t where t.tenantId = :tenant"
                            + " and t.kind = 'CONTACT' and t.attendeeKey = :key", UUID.class)
                    .setParameter("tenant", tenantId.value())
                    .setParameter("key", person.contact().toString())
                    .getResultList());
        }
        // Addresses and values in any text column, ignoring case: a prefilter, decided exactly below.
        for (String value : person.searchValues()) {
            String pattern = containsPattern(value);
            candidates.addAll(em.createQuery("select a.id from CrmActivity a where a.tenantId = :tenant and ("
                            + "lower(a.subject) like :p escape '!' or lower(cast(a.body as String)) like :p escape '!' "
                            + "or lower(a.outcome) like :p escape '!' or lower(a.meetingLocation) like :p escape '!' "
                            + "or lower(a.meetingLink) like :p escape '!' or lower(a.emailFrom) like :p escape '!' "
                            + "or lower(cast(a.emailTo as String)) like :p escape '!' or lower(a.emailMessageId) like :p escape '!')",
                            UUID.class)
                    .setParameter("tenant", tenantId.value())
                    .setParameter("p", pattern)
                    .getResultList());
            candidates.addAll(em.createQuery("select t.id.activityId from CrmActivityAttendee t where t.tenantId = :tenant"
                            + " and (lower(t.name) like :p escape '!' or lower(t.email) like :p escape '!' "
                            + "or lower(t.attendeeKey) like :p escape '!')", UUID.class)
                    .setParameter("tenant", tenantId.value())
                    .setParameter("p", pattern)
                    .getResultList());
        }
        List<UUID> ids = new ArrayList<>(candidates);
        List<ActivityEntity> rows = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IN_BATCH) {
            rows.addAll(em.createQuery("select a from CrmActivity a where a.tenantId = :tenant and a.id in :ids",
                            ActivityEntity.class)
                    .setParameter("tenant", tenantId.value())
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IN_BATCH)))
                    .getResultList());
        }
        return toViews(rows).stream()
                .filter(person::concerns)
                .sorted(java.util.Comparator.comparing(ActivityView::start)
                        .thenComparing(a -> a.id().value().toString()))
                .toList();
    }

    @Override
    public int anonymise(TenantId tenantId, PersonReference person, Instant now) {
        Preconditions.notNull(now, "now");
        List<ActivityView> concerned = concerning(tenantId, person);
        EntityManager em = entityManager.get();
        int changed = 0;
        for (ActivityView before : concerned) {
            ActivityView after = person.anonymise(before, now);
            if (after.equals(before)) {
                continue;
            }
            changed++;
            ActivityEntity row = row(tenantId, before.id())
                    .orElseThrow(() -> new NotFoundException("Activity", before.id()));
            // the attendee rows are replaced below without keeping them
            row.children = null;
            ActivityMapper.copyInto(after, row);
            ActivityMapper.copyDetails(after, row);
            for (ActivityAttendeeEntity attendee : em.createQuery("select t from CrmActivityAttendee t "
                    + "where t.id.activityId = :id", ActivityAttendeeEntity.class)
                    .setParameter("id", before.id().value()).getResultList()) {
                em.remove(attendee);
            }
            // The old rows go before the new ones come: they share primary keys (activity, line).
            em.flush();
            ActivityMapper.attendeeRows(after).forEach(em::persist);
        }
        em.flush();
        return changed;
    }

    @Override
    public int relink(TenantId tenantId, RecordLink from, RecordLink to, Instant now) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(from, "from");
        Preconditions.notNull(to, "to");
        Preconditions.notNull(now, "now");
        return rewrite(tenantId, from, view -> view.relinked(from, to, now));
    }

    @Override
    public int linkAlso(TenantId tenantId, RecordLink of, List<RecordLink> also, Instant now) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(of, "of");
        Preconditions.notNull(also, "also");
        Preconditions.notNull(now, "now");
        List<RecordLink> more = List.copyOf(also);
        return rewrite(tenantId, of, view -> view.linkedAlso(of, more, now));
    }

    /**
     * Applies the change to every activity linked to the record and stores those it alters
     * through {@link #update}, so link rows (with their copy of the start), the version and
     * fired reminders follow the same rules as any edit.
     */
    private int rewrite(TenantId tenantId, RecordLink linkedTo, java.util.function.UnaryOperator<ActivityView> change) {
        EntityManager em = entityManager.get();
        List<UUID> ids = em.createQuery("select k.id.activityId from CrmActivityLink k where k.tenantId = :tenant"
                        + " and k.id.recordType = :type and k.id.recordId = :id order by k.id.activityId", UUID.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("type", linkedTo.type().name())
                .setParameter("id", linkedTo.recordId())
                .getResultList();
        int changed = 0;
        for (int from = 0; from < ids.size(); from += IN_BATCH) {
            List<ActivityEntity> rows = em.createQuery(
                            "select a from CrmActivity a where a.tenantId = :tenant and a.id in :ids", ActivityEntity.class)
                    .setParameter("tenant", tenantId.value())
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IN_BATCH)))
                    .getResultList();
            for (ActivityView before : toViews(rows)) {
                ActivityView after = change.apply(before);
                if (after != before) {
                    update(Activity.restore(after));
                    changed++;
                }
            }
        }
        return changed;
    }

    /** A LIKE pattern for "contains", with '!' escaping the wildcards. */
    private static String containsPattern(String value) {
        StringBuilder pattern = new StringBuilder(value.length() + 8).append('%');
        for (char c : value.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '%' || c == '_' || c == '!') {
                pattern.append('!');
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    private static Conditions conditions(TenantId tenantId, ActivityFilter filter, boolean withLink) {
        Conditions where = new Conditions();
        where.add("a.tenantId = :tenant", "tenant", tenantId.value());
        if (!filter.users().isEmpty()) {
            where.add("(a.ownerId in :users or exists (select 1 from CrmActivityAttendee t where t.id.activityId = a.id"
                    + " and t.tenantId = :tenant and t.kind = 'USER' and t.attendeeKey in :users))", "users",
                    filter.users().stream().map(UserId::value).sorted().toList());
        }
        if (!filter.owners().isEmpty()) {
            List<String> owners = filter.owners().stream().map(UserId::value).sorted().toList();
            if (filter.viewer() == null) {
                where.add("a.ownerId in :owners", "owners", owners);
            } else {
                where.add("(a.ownerId in :owners or (a.ownerId <> :viewer and exists (select 1 from "
                        + "CrmActivityAttendee v where v.id.activityId = a.id and v.tenantId = :tenant "
                        + "and v.kind = 'USER' and v.attendeeKey = :viewer)))", "owners", owners);
            }
        }
        if (filter.viewer() != null) {
            where.add("(a.visibility = 'SHARED' or a.ownerId = :viewer)", "viewer", filter.viewer().value());
        }
        if (withLink && filter.link() != null) {
            StringBuilder link = new StringBuilder("exists (select 1 from CrmActivityLink l where l.id.activityId = a.id"
                    + " and l.tenantId = :tenant and l.id.recordType = :linkType and l.id.recordId = :linkId");
            if (filter.from() != null) {
                link.append(" and l.startAt >= :lowerStart");
            }
            if (filter.to() != null) {
                link.append(" and l.startAt < :to");
            }
            where.add(link.append(')').toString(), "linkType", filter.link().type().name());
            where.parameter("linkId", filter.link().recordId());
        }
        if (!filter.types().isEmpty()) {
            where.add("a.type in :types", "types", filter.types().stream().map(Enum::name).sorted().toList());
        }
        if (!filter.statuses().isEmpty()) {
            where.add("a.status in :statuses", "statuses",
                    filter.statuses().stream().map(Enum::name).sorted().toList());
        }
        if (filter.to() != null) {
            where.add("a.startAt < :to", "to", filter.to());
        }
        if (filter.from() != null) {
            // Activities last at most MAX_SPAN, so the ones still running at "from" started after this.
            where.add("a.startAt >= :lowerStart", "lowerStart", filter.from().minus(ActivityView.MAX_SPAN));
            where.add("(a.endAt > :from or a.startAt >= :from)", "from", filter.from());
        }
        if (filter.seriesId() != null) {
            where.add("a.seriesId = :series", "series", filter.seriesId().value());
        }
        return where;
    }

    private static Object[] decode(Cursor cursor) {
        String[] parts = cursor.token().split("\\|");
        try {
            if (parts.length == 2) {
                UUID id = UUID.fromString(parts[1]);
                if (id.toString().equals(parts[1])) {
                    return new Object[] {Instant.parse(parts[0]), id};
                }
            }
        } catch (RuntimeException e) {
            // refused below
        }
        throw new ValidationException("cursor", "is not a cursor of an activity search: " + cursor.token());
    }

    /** JPQL conditions joined by {@code and}, with their parameters. */
    private static final class Conditions {
        private final List<String> clauses = new ArrayList<>();
        private final Map<String, Object> parameters = new HashMap<>();

        void add(String clause, String parameter, Object value) {
            clauses.add(clause);
            parameters.put(parameter, value);
        }

        void parameter(String name, Object value) {
            parameters.put(name, value);
        }

        String jpql() {
            return String.join(" and ", clauses);
        }

        void bind(Query query) {
            parameters.forEach(query::setParameter);
        }
    }
}
