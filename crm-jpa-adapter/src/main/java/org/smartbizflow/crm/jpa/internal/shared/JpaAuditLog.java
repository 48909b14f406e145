package org.smartbizflow.crm.jpa.internal.shared;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.port.out.AuditLog;

/**
 * Field-level history in {@code crm_audit_entry}, written in the caller's transaction so the
 * history never disagrees with the data. History is ordered by time, ties by entry id (the
 * time-ordered ids keep the order in which one change recorded its fields).
 */
public final class JpaAuditLog implements AuditLog {

    private final Supplier<EntityManager> entityManager;

    public JpaAuditLog(Supplier<EntityManager> entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    /** The entity classes this adapter maps. */
    public static List<Class<?>> entityClasses() {
        return List.of(AuditEntryEntity.class);
    }

    @Override
    public void record(List<AuditEntry> entries) {
        Preconditions.notNull(entries, "entries");
        EntityManager em = entityManager.get();
        for (AuditEntry entry : entries) {
            em.persist(new AuditEntryEntity(entry.id(), entry.tenantId().value(), entry.recordType(),
                    entry.recordId(), entry.field(), entry.oldValue(), entry.newValue(), entry.actor().value(),
                    entry.at()));
        }
    }

    /** One bulk UPDATE; entries are not loaded. */
    @Override
    public int moveHistory(TenantId tenantId, String recordType, String fromRecordId, String toRecordId) {
        Objects.requireNonNull(tenantId, "tenantId");
        EntityManager em = entityManager.get();
        em.flush();
        return em.createQuery("update CrmAuditEntry a set a.recordId = :to where a.tenantId = :tenant"
                        + " and a.recordType = :type and a.recordId = :from")
                .setParameter("to", toRecordId)
                .setParameter("tenant", tenantId.value())
                .setParameter("type", recordType)
                .setParameter("from", fromRecordId)
                .executeUpdate();
    }

    @Override
    public List<AuditEntry> history(TenantId tenantId, String recordType, String recordId) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notBlank(recordType, "recordType");
        Preconditions.notBlank(recordId, "recordId");
        return entityManager.get()
                .createQuery("select a from CrmAuditEntry a where a.tenantId = :tenant and a.recordType = :type"
                        + " and a.recordId = :record order by a.changedAt, a.id", AuditEntryEntity.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("type", recordType)
                .setParameter("record", recordId)
                .getResultStream()
                .map(a -> new AuditEntry(a.id(), TenantId.of(a.tenantId()), a.recordType(), a.recordId(), a.field(),
                        a.oldValue(), a.newValue(), UserId.of(a.actorId()), a.changedAt()))
                .toList();
    }
}
