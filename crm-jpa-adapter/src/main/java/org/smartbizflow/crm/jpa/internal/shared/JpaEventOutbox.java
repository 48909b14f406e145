package org.smartbizflow.crm.jpa.internal.shared;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.port.out.EventOutbox;
import org.smartbizflow.crm.shared.port.out.StoredEvent;

/**
 * The transactional outbox in {@code crm_outbox_event}: appends join the caller's
 * transaction, so an event exists exactly when the change that caused it was committed.
 */
public final class JpaEventOutbox implements EventOutbox {

    /** Bounds the size of one {@code IN} list when marking many events at once. */
    private static final int MARK_CHUNK = 500;

    private final Supplier<EntityManager> entityManager;
    private final Clock clock;

    public JpaEventOutbox(Supplier<EntityManager> entityManager, Clock clock) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The entity classes this adapter maps. */
    public static List<Class<?>> entityClasses() {
        return List.of(OutboxEventEntity.class);
    }

    @Override
    public void append(List<StoredEvent> events) {
        Preconditions.notNull(events, "events");
        EntityManager em = entityManager.get();
        for (StoredEvent event : events) {
            em.persist(new OutboxEventEntity(event.eventId(), event.tenantId().value(), event.type(),
                    event.aggregateId(), event.payload(), event.occurredAt()));
        }
    }

    @Override
    public List<StoredEvent> pending(int max) {
        Preconditions.check(max >= 1, "max", "must be at least 1");
        return entityManager.get()
                .createQuery("select e from CrmOutboxEvent e where e.publishedAt is null"
                        + " order by e.occurredAt, e.eventId", OutboxEventEntity.class)
                .setMaxResults(max)
                .getResultStream()
                .map(e -> new StoredEvent(e.eventId(), TenantId.of(e.tenantId()), e.type(), e.aggregateId(),
                        e.payload(), e.occurredAt()))
                .toList();
    }

    @Override
    public void markPublished(Collection<UUID> eventIds) {
        Preconditions.notNull(eventIds, "eventIds");
        if (eventIds.isEmpty()) {
            return;
        }
        EntityManager em = entityManager.get();
        em.flush();
        Instant now = clock.instant();
        List<UUID> ids = new ArrayList<>(eventIds);
        for (int from = 0; from < ids.size(); from += MARK_CHUNK) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + MARK_CHUNK));
            em.createQuery("update CrmOutboxEvent e set e.publishedAt = :now"
                            + " where e.eventId in :ids and e.publishedAt is null")
                    .setParameter("now", now)
                    .setParameter("ids", chunk)
                    .executeUpdate();
        }
    }

    /**
     * Finds the tenant's events whose payload contains a value (one LIKE query per value) and
     * rewrites only those; published events are redacted too, since they stay in the table.
     */
    @Override
    public int redact(TenantId tenantId, Collection<String> values, String replacement) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(values, "values");
        EntityManager em = entityManager.get();
        em.flush();
        // Plain LIKE on the stored and lower-cased forms: the payload is a large object, on which
        // not every database lowers case. The replacement below ignores case.
        java.util.Map<UUID, OutboxEventEntity> candidates = new java.util.LinkedHashMap<>();
        for (String value : values) {
            java.util.Set<String> forms = new java.util.LinkedHashSet<>();
            for (String form : List.of(value, jsonEscaped(value))) {
                forms.add(form);
                forms.add(form.toLowerCase(java.util.Locale.ROOT));
            }
            for (String form : forms) {
                List<?> ids = em.createNativeQuery("select event_id from crm_outbox_event where tenant_id = ?1"
                                + " and payload like ?2 escape '!'")
                        .setParameter(1, tenantId.value())
                        .setParameter(2, containsPattern(form))
                        .getResultList();
                for (Object id : ids) {
                    UUID eventId = NativeValues.uuid(id);
                    candidates.computeIfAbsent(eventId, k -> em.find(OutboxEventEntity.class, k));
                }
            }
        }
        int changed = 0;
        for (OutboxEventEntity event : candidates.values()) {
            String redacted = org.smartbizflow.crm.shared.Redaction.replaceAll(event.payload(), values, replacement);
            if (!redacted.equals(event.payload())) {
                event.redactPayload(redacted);
                changed++;
            }
        }
        em.flush();
        return changed;
    }

    private static String jsonEscaped(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

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
