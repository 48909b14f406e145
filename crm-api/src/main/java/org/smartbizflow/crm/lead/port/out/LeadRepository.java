package org.smartbizflow.crm.lead.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.smartbizflow.crm.lead.Lead;
import org.smartbizflow.crm.lead.LeadCount;
import org.smartbizflow.crm.lead.LeadDimension;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.lead.LeadMilestone;
import org.smartbizflow.crm.lead.LeadScore;
import org.smartbizflow.crm.lead.LeadSort;
import org.smartbizflow.crm.lead.CustomFieldKey;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Storage of leads. Every method is scoped by tenant: a lead of another tenant is never
 * found, listed or changed. Implementations run inside the caller's transaction.
 */
public interface LeadRepository {

    Optional<Lead> find(TenantId tenantId, LeadId id);

    /**
     * The stored leads among these ids, in no particular order; an id that is not stored, or is
     * another tenant's, is left out. Adapters read them in a few queries for the lot; the
     * default reads them one by one.
     */
    default List<Lead> findAll(TenantId tenantId, Collection<LeadId> ids) {
        List<Lead> found = new ArrayList<>();
        for (LeadId id : ids) {
            find(tenantId, id).ifPresent(found::add);
        }
        return found;
    }

    /** Stores a new lead at version 0. */
    void insert(Lead lead);

    /**
     * Stores new leads at version 0 in one go; adapters batch the writes. The default
     * inserts one by one.
     */
    default void insertAll(List<Lead> leads) {
        leads.forEach(this::insert);
    }

    /** The stored leads with any of these e-mail addresses (for duplicate checks). */
    List<LeadView> findByEmails(TenantId tenantId, Collection<EmailAddress> emails);

    /** The stored leads with any of these phone numbers (for duplicate checks). */
    List<LeadView> findByPhones(TenantId tenantId, Collection<PhoneNumber> phones);

    /**
     * Stores the lead's current state if the stored version still equals
     * {@code lead.version()}, and advances the stored version by one.
     *
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when the stored
     *         version differs (nothing is written)
     * @throws org.smartbizflow.crm.shared.NotFoundException when no such lead is stored
     */
    void update(Lead lead);

    /**
     * {@link #update} for each of these leads, which are different leads: each is stored if its
     * stored version still equals its {@code version()}, and each stored version advances by
     * one. Adapters write them together; the default updates them one by one.
     *
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when a stored version
     *         differs; the caller's transaction must then be rolled back, as leads before it in
     *         the list may have been written
     * @throws org.smartbizflow.crm.shared.NotFoundException when one of them is not stored
     */
    default void updateAll(List<Lead> leads) {
        leads.forEach(this::update);
    }

    /**
     * Removes the lead if the stored version still equals {@code expectedVersion}.
     *
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when the stored
     *         version differs (nothing is removed)
     * @throws org.smartbizflow.crm.shared.NotFoundException when no such lead is stored
     */
    void delete(TenantId tenantId, LeadId id, long expectedVersion);

    /**
     * How many leads matching the filter fall in each group of the dimension and each status,
     * counted by the store (an aggregate query, not by loading leads).
     */
    List<LeadCount> countByStatus(TenantId tenantId, LeadFilter filter, LeadDimension dimension);

    /**
     * Leads matching the filter, in ascending id order (creation order for time-ordered
     * ids), keyset-paged: a page never repeats or skips a row of an earlier page.
     */
    default Page<LeadView> search(TenantId tenantId, LeadFilter filter, PageRequest page) {
        return search(tenantId, filter, LeadSort.byId(), page);
    }

    /**
     * Leads matching the filter in the sort's order ({@link LeadSort#comparator()}),
     * keyset-paged on sort value and id: a page never repeats or skips a row of an earlier
     * page, whatever is inserted meanwhile.
     *
     * @throws org.smartbizflow.crm.shared.ValidationException when the cursor was made by
     *         another sort
     */
    Page<LeadView> search(TenantId tenantId, LeadFilter filter, LeadSort sort, PageRequest page);

    /**
     * The custom field keys, with their value types, that the leads matching the filter use,
     * in key then type order: the columns an export writes.
     */
    List<CustomFieldKey> customFieldKeys(TenantId tenantId, LeadFilter filter);

    /**
     * The median time from capture to the milestone over the matching leads that reached it,
     * computed by the store without loading leads; empty when none did. Times are whole
     * seconds; an even count takes the mean of the two middle values.
     */
    Optional<Duration> medianTimeTo(TenantId tenantId, LeadFilter filter, LeadMilestone milestone);

    /** The number of leads matching the filter. */
    long count(TenantId tenantId, LeadFilter filter);

    /**
     * Stores the lead's latest score with its explanation, replacing the one before. The lead
     * must exist; deleting the lead deletes its score. The lead itself (its rounded
     * {@code score} field) is not touched: the use case that scores it changes that.
     */
    void saveScore(TenantId tenantId, LeadScore score);

    /**
     * {@link #saveScore} for each of the scores, of different leads; adapters read the scores
     * these replace in one query for the lot. Every lead must exist, as for {@code saveScore}.
     */
    default void saveScores(TenantId tenantId, Collection<LeadScore> scores) {
        scores.forEach(score -> saveScore(tenantId, score));
    }

    /** The lead's latest stored score, if it has one. */
    Optional<LeadScore> findScore(TenantId tenantId, LeadId id);

    /** Removes the lead's stored score and its explanation, if any (erasure). */
    void deleteScore(TenantId tenantId, LeadId id);

    /**
     * Up to {@code limit} leads (none when it is below 1), in id order after {@code after}
     * (from the first when null), that are due to be re-scored: with no stored score, with one
     * made by a version other than {@code version} (compared exactly), or, when
     * {@code scoredBefore} is not null, with one made before that instant. Merged leads are left
     * out. Id order is the unsigned byte order of the UUIDs, as databases sort them. Served by
     * the store without loading leads.
     */
    List<LeadId> scoredOtherwise(TenantId tenantId, String version, Instant scoredBefore, LeadId after, int limit);

    /** How many leads {@link #scoredOtherwise} would list in all. */
    long countScoredOtherwise(TenantId tenantId, String version, Instant scoredBefore);
}
