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

    /**
     * Finds the candidate entries with plain LIKE (as stored and lower-cased; the value columns
     * are large objects, on which not every database lowers case), decides in Java with the
     * shared {@link org.smartbizflow.crm.shared.Redaction} rules, and updates those entries by id.
     */
    @Override
    public int redactValues(TenantId tenantId, java.util.Collection<String> values, String replacement) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(replacement, "replacement");
        EntityManager em = entityManager.get();
        em.flush();
        java.util.Map<java.util.UUID, String[]> candidates = new java.util.LinkedHashMap<>();
        for (String value : values) {
            for (String form : new java.util.LinkedHashSet<>(java.util.List.of(value,
                    value.toLowerCase(java.util.Locale.ROOT)))) {
                String pattern = containsPattern(form);
                List<?> rows = em.createNativeQuery("select id, old_value, new_value from crm_audit_entry"
                                + " where tenant_id = ?1 and (old_value like ?2 escape '!' or new_value like ?2 escape '!')")
                        .setParameter(1, tenantId.value())
                        .setParameter(2, pattern)
                        .getResultList();
                for (Object row : rows) {
                    Object[] columns = (Object[]) row;
                    candidates.put(NativeValues.uuid(columns[0]),
                            new String[] {NativeValues.text(columns[1]), NativeValues.text(columns[2])});
                }
            }
        }
        int changed = 0;
        for (java.util.Map.Entry<java.util.UUID, String[]> entry : candidates.entrySet()) {
            boolean oldHit = org.smartbizflow.crm.shared.Redaction.containsAny(entry.getValue()[0], values);
            boolean newHit = org.smartbizflow.crm.shared.Redaction.containsAny(entry.getValue()[1], values);
            if (oldHit) {
                em.createQuery("update CrmAuditEntry a set a.oldValue = :replacement where a.id = :id")
                        .setParameter("replacement", replacement).setParameter("id", entry.getKey()).executeUpdate();
            }
            if (newHit) {
                em.createQuery("update CrmAuditEntry a set a.newValue = :replacement where a.id = :id")
                        .setParameter("replacement", replacement).setParameter("id", entry.getKey()).executeUpdate();
            }
            if (oldHit || newHit) {
                changed++;
            }
        }
        em.clear();
        return changed;
    }

    @Override
    public int redactRecord(TenantId tenantId, String recordType, String recordId,
                            java.util.Collection<String> keptFields, String replacement) {
        Preconditions.notNull(tenantId, "tenantId");
        EntityManager em = entityManager.get();
        em.flush();
        // An empty IN list is not portable; a field name that cannot exist stands in for "none kept".
        java.util.List<String> kept = keptFields.isEmpty() ? java.util.List.of("*none*") : java.util.List.copyOf(keptFields);
        int changed = em.createQuery("update CrmAuditEntry a set"
                        + " a.oldValue = case when a.oldValue is null then null else :replacement end,"
                        + " a.newValue = case when a.newValue is null then null else :replacement end"
                        + " where a.tenantId = :tenant and a.recordType = :type and a.recordId = :record"
                        + " and a.field not in :kept")
                .setParameter("replacement", replacement)
                .setParameter("tenant", tenantId.value())
                .setParameter("type", recordType)
                .setParameter("record", recordId)
                .setParameter("kept", kept)
                .executeUpdate();
        em.clear();
        return changed;
    }

    /** A LIKE pattern for "contains", with the value's own wildcards taken literally. */
    private static String containsPattern(String value) {
        String lower = value;
        StringBuilder pattern = new StringBuilder(lower.length() + 8).append('%');
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '%' || c == '_' || c == '!') {
                pattern.append('!');
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
