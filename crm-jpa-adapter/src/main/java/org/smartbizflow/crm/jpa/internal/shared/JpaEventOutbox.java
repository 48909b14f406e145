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
}
