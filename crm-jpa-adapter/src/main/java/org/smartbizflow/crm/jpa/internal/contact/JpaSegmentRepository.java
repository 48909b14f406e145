package org.smartbizflow.crm.jpa.internal.contact;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.smartbizflow.crm.contact.Segment;
import org.smartbizflow.crm.contact.SegmentId;
import org.smartbizflow.crm.contact.port.out.SegmentRepository;
import org.smartbizflow.crm.jpa.internal.shared.PersistenceFailures;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Saved segments in {@code crm_contact_segment}, their criteria trees in
 * {@code crm_contact_segment_node}. An update locks the segment's row, checks the version,
 * and replaces the criteria rows; the unique index on the lower-cased name backs the
 * one-name-per-tenant rule against concurrent writers.
 */
public final class JpaSegmentRepository implements SegmentRepository {

    private static final String RECORD_TYPE = "Segment";

    private final Supplier<EntityManager> entityManager;

    public JpaSegmentRepository(Supplier<EntityManager> entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    /** The entity classes this adapter maps. */
    public static List<Class<?>> entityClasses() {
        return List.of(SegmentEntity.class, SegmentNodeRow.class);
    }

    @Override
    public void insert(Segment segment) {
        Preconditions.notNull(segment, "segment");
        EntityManager em = entityManager.get();
        if (em.find(SegmentEntity.class, segment.id().value()) != null) {
            throw new ValidationException("id", "a segment with id " + segment.id() + " already exists");
        }
        checkName(segment);
        em.persist(new SegmentEntity(segment));
        SegmentNodeRow.rows(segment.id().value(), segment.tenantId().value(), segment.criteria())
                .forEach(em::persist);
        flush(em, segment.name());
    }

    @Override
    public void update(Segment segment) {
        Preconditions.notNull(segment, "segment");
        EntityManager em = entityManager.get();
        SegmentEntity row = em.find(SegmentEntity.class, segment.id().value(), LockModeType.PESSIMISTIC_WRITE);
        if (row == null || !row.tenantId().equals(segment.tenantId().value())) {
            throw new NotFoundException(RECORD_TYPE, segment.id());
        }
        if (row.version() != segment.version()) {
            throw new ConcurrencyConflictException(RECORD_TYPE, segment.id(), segment.version());
        }
        checkName(segment);
        row.copy(segment);
        row.advanceVersion();
        nodes(List.of(row.id())).forEach(em::remove);
        // the old rows must be gone before the new ones reuse their keys
        em.flush();
        SegmentNodeRow.rows(segment.id().value(), segment.tenantId().value(), segment.criteria())
                .forEach(em::persist);
        flush(em, segment.name());
    }

    @Override
    public boolean delete(TenantId tenantId, SegmentId id) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        EntityManager em = entityManager.get();
        Optional<SegmentEntity> row = row(tenantId, id);
        if (row.isEmpty()) {
            return false;
        }
        nodes(List.of(id.value())).forEach(em::remove);
        em.remove(row.get());
        em.flush();
        return true;
    }

    private Optional<SegmentEntity> row(TenantId tenantId, SegmentId id) {
        SegmentEntity row = entityManager.get().find(SegmentEntity.class, id.value());
        return row != null && row.tenantId().equals(tenantId.value()) ? Optional.of(row) : Optional.empty();
    }

    @Override
    public Optional<Segment> find(TenantId tenantId, SegmentId id) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        return row(tenantId, id).map(row -> toDomain(List.of(row)).get(0));
    }

    @Override
    public Optional<Segment> findByName(TenantId tenantId, String name) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(name, "name");
        List<SegmentEntity> rows = entityManager.get()
                .createQuery("select s from CrmContactSegment s where s.tenantId = :tenant and s.nameKey = :key",
                        SegmentEntity.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("key", SegmentEntity.key(name))
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(toDomain(rows).get(0));
    }

    @Override
    public List<Segment> all(TenantId tenantId) {
        Preconditions.notNull(tenantId, "tenantId");
        return toDomain(entityManager.get()
                .createQuery("select s from CrmContactSegment s where s.tenantId = :tenant order by s.nameKey, s.name",
                        SegmentEntity.class)
                .setParameter("tenant", tenantId.value())
                .getResultList());
    }

    /** The segments of these rows, with every criteria row loaded by one query. */
    private List<Segment> toDomain(List<SegmentEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<SegmentNodeRow>> nodes = new HashMap<>();
        nodes(rows.stream().map(SegmentEntity::id).toList())
                .forEach(node -> nodes.computeIfAbsent(node.segmentId(), k -> new ArrayList<>()).add(node));
        return rows.stream().map(row -> row.toDomain(SegmentNodeRow.tree(nodes.getOrDefault(row.id(), List.of()))))
                .toList();
    }

    private List<SegmentNodeRow> nodes(List<UUID> segments) {
        return entityManager.get()
                .createQuery("select n from CrmContactSegmentNode n where n.segmentId in :segments"
                        + " order by n.segmentId, n.seq", SegmentNodeRow.class)
                .setParameter("segments", segments)
                .getResultList();
    }

    private void checkName(Segment segment) {
        findByName(segment.tenantId(), segment.name()).filter(other -> !other.id().equals(segment.id()))
                .ifPresent(other -> {
                    throw new ValidationException("name", "is taken by another segment: " + other.name());
                });
    }

    private static void flush(EntityManager em, String name) {
        try {
            em.flush();
        } catch (PersistenceException failure) {
            if (PersistenceFailures.isIntegrityViolation(failure)) {
                throw new ValidationException("name", "is taken by another segment: " + name);
            }
            throw failure;
        }
    }
}
