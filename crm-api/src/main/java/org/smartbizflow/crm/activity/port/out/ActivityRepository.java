package org.smartbizflow.crm.activity.port.out;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.smartbizflow.crm.activity.Activity;
import org.smartbizflow.crm.activity.ActivityCount;
import org.smartbizflow.crm.activity.ActivityFilter;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.ActivityStatus;
import org.smartbizflow.crm.activity.ActivityTally;
import org.smartbizflow.crm.activity.ActivityView;
import org.smartbizflow.crm.activity.DueReminder;
import org.smartbizflow.crm.activity.LinkedRecordType;
import org.smartbizflow.crm.activity.PersonReference;
import org.smartbizflow.crm.activity.RecordActivity;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.activity.ReminderId;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Storage of activities with their links, attendees and reminders. Every method is scoped by
 * tenant. Implementations run inside the caller's transaction.
 */
public interface ActivityRepository {

    Optional<Activity> find(TenantId tenantId, ActivityId id);

    /** Stores a new activity at version 0. */
    void insert(Activity activity);

    /** Stores new activities (a recurring series) at version 0; adapters may batch. */
    default void insertAll(List<Activity> activities) {
        activities.forEach(this::insert);
    }

    /**
     * Stores the activity's current state if the stored version still equals
     * {@code activity.version()}, and advances the stored version by one. A reminder's fired
     * mark is kept unless the reminder's fire time changed (then it is armed again), so an
     * update never undoes a concurrent firing.
     *
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when the stored
     *         version differs (nothing is written)
     * @throws org.smartbizflow.crm.shared.NotFoundException when no such activity is stored
     */
    void update(Activity activity);

    /**
     * Activities matching the filter, ordered by start, then id, keyset-paged. With a time
     * range the store reads one index range (activities last at most
     * {@link ActivityView#MAX_SPAN}).
     */
    Page<ActivityView> search(TenantId tenantId, ActivityFilter filter, PageRequest page);

    /**
     * The activities filed under each of these records of one type, in calendar order (start,
     * then id), at most {@code limit} per record; only those in {@code status} unless it is
     * null. By record id; a record without any is absent. Adapters read them for the lot in a
     * few queries; the default searches record by record.
     */
    default Map<UUID, List<ActivityView>> filedUnder(TenantId tenantId, LinkedRecordType type,
                                                     Collection<UUID> recordIds, ActivityStatus status, int limit) {
        Map<UUID, List<ActivityView>> found = new HashMap<>();
        for (UUID recordId : recordIds) {
            ActivityFilter filter = ActivityFilter.any().about(new RecordLink(type, recordId));
            if (status != null) {
                filter = filter.inStatuses(status);
            }
            List<ActivityView> filed = new ArrayList<>();
            PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
            while (filed.size() < limit) {
                Page<ActivityView> next = search(tenantId, filter, page);
                filed.addAll(next.items());
                if (!next.hasNext()) {
                    break;
                }
                page = new PageRequest(PageRequest.MAX_SIZE, next.next());
            }
            if (!filed.isEmpty()) {
                found.put(recordId, filed.size() > limit ? List.copyOf(filed.subList(0, limit)) : filed);
            }
        }
        return found;
    }

    /**
     * Pending reminders due at {@code now} (fire time reached, not fired, activity still
     * planned), earliest first, at most {@code limit}.
     */
    List<DueReminder> dueReminders(TenantId tenantId, Instant now, int limit);

    /**
     * Marks a reminder fired if it has not fired yet, atomically: of any number of concurrent
     * callers exactly one gets {@code true}.
     *
     * @return true when this call fired it; false when it had fired already or does not exist
     */
    boolean markReminderFired(TenantId tenantId, ReminderId id, Instant firedAt);

    /**
     * How many activities matching the filter start on each local day, by owner, type and
     * status: an aggregate query, no activity is loaded.
     */
    List<ActivityCount> countByDay(TenantId tenantId, ActivityFilter filter);

    /**
     * The last completed and next planned activity of each of these records, among the
     * activities matching the filter (its link criterion is ignored): one aggregate query.
     * Records without any matching activity are left out.
     */
    List<RecordActivity> lastAndNext(TenantId tenantId, LinkedRecordType type, Collection<UUID> recordIds,
                                     Instant now, ActivityFilter filter);

    /**
     * Completed activities of each of these records that started before {@code before},
     * counted per record and type: one aggregate query per batch of records, no activity is
     * loaded. Records without a completed activity, and types a record has none of, are left out.
     */
    List<ActivityTally> completedByRecord(TenantId tenantId, LinkedRecordType type, Collection<UUID> recordIds,
                                          Instant before);

    /**
     * Every activity of the tenant that holds anything of the person
     * ({@link PersonReference#concerns}): linked to one of their records, naming them as an
     * attendee, sender or recipient, or quoting one of their values in its text. Ordered by
     * start, then id. What a data-protection export lists and what erasure changes.
     */
    List<ActivityView> concerning(TenantId tenantId, PersonReference person);

    /**
     * Erasure: stores {@link PersonReference#anonymise} of every activity that
     * {@linkplain #concerning concerns} the person, advancing each one's version, in the
     * caller's transaction. Links, reminders and times stay.
     *
     * @return how many activities changed
     */
    int anonymise(TenantId tenantId, PersonReference person, Instant now);

    /**
     * Moves a record's history to another record: every activity of the tenant linked to
     * {@code from} becomes linked to {@code to} instead ({@link ActivityView#relinked}; one
     * link when it was linked to both), advancing each changed activity's version, in the
     * caller's transaction. Reminders, attendees and times stay. Running it again changes nothing.
     *
     * @return how many activities changed
     */
    int relink(TenantId tenantId, RecordLink from, RecordLink to, Instant now);

    /**
     * Files a record's history under more records too: every activity of the tenant linked
     * to {@code of} also becomes linked to each of {@code also} ({@link ActivityView#linkedAlso}:
     * as many as fit under {@link ActivityView#MAX_LINKS}), keeping its link to {@code of},
     * advancing each changed activity's version, in the caller's transaction. Running it
     * again changes nothing.
     *
     * @return how many activities changed
     */
    int linkAlso(TenantId tenantId, RecordLink of, List<RecordLink> also, Instant now);
}
