package org.smartbizflow.crm.contact.port.out;

import java.util.List;
import java.util.Optional;
import org.smartbizflow.crm.contact.Segment;
import org.smartbizflow.crm.contact.SegmentId;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Storage of saved segments with their criteria, kept as data the store can give back whole:
 * what {@link #find} returns equals what was stored. Scoped by tenant; runs in the caller's
 * transaction. Names are unique per tenant ignoring case.
 */
public interface SegmentRepository {

    /**
     * Stores a new segment at version 0.
     *
     * @throws org.smartbizflow.crm.shared.ValidationException on field {@code name} when another
     *         segment of the tenant has the name
     */
    void insert(Segment segment);

    /**
     * Stores the segment's new name and criteria if the stored version equals
     * {@code segment.version()}, and advances it by one.
     *
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when the versions differ
     * @throws org.smartbizflow.crm.shared.NotFoundException when no such segment is stored
     * @throws org.smartbizflow.crm.shared.ValidationException on field {@code name} when another
     *         segment of the tenant has the name
     */
    void update(Segment segment);

    /** Removes the segment; false when there was none. */
    boolean delete(TenantId tenantId, SegmentId id);

    Optional<Segment> find(TenantId tenantId, SegmentId id);

    /** The segment with this name, ignoring case. */
    Optional<Segment> findByName(TenantId tenantId, String name);

    /** Every segment of the tenant, by name ignoring case. */
    List<Segment> all(TenantId tenantId);
}
