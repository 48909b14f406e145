package org.smartbizflow.crm.core.inmemory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.port.out.EventOutbox;
import org.smartbizflow.crm.shared.port.out.StoredEvent;

/** The outbox in memory; pending events come oldest first (by occurrence, then id). */
public final class InMemoryEventOutbox implements EventOutbox {

    private static final Comparator<StoredEvent> OLDEST_FIRST = Comparator.comparing(StoredEvent::occurredAt)
            .thenComparing(StoredEvent::eventId, UuidOrder.UNSIGNED);

    private final InMemoryTransactionRunner transactions;
    private final NavigableMap<StoredEvent, Boolean> pending = new ConcurrentSkipListMap<>(OLDEST_FIRST);
    private final Map<UUID, StoredEvent> byId = new ConcurrentHashMap<>();

    public InMemoryEventOutbox(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public void append(List<StoredEvent> events) {
        transactions.write(() -> {
            for (StoredEvent event : events) {
                pending.put(event, Boolean.TRUE);
                byId.put(event.eventId(), event);
                transactions.onRollback(() -> {
                    pending.remove(event);
                    byId.remove(event.eventId());
                });
            }
            return null;
        });
    }

    @Override
    public List<StoredEvent> pending(int max) {
        Preconditions.check(max > 0, "max", "must be positive");
        return transactions.read(() -> pending.keySet().stream().limit(max).toList());
    }

    @Override
    public void markPublished(Collection<UUID> eventIds) {
        transactions.write(() -> {
            for (UUID id : eventIds) {
                StoredEvent removed = byId.remove(id);
                if (removed != null) {
                    pending.remove(removed);
                    transactions.onRollback(() -> {
                        pending.put(removed, Boolean.TRUE);
                        byId.put(id, removed);
                    });
                }
            }
            return null;
        });
    }

    /** Published events are not kept in memory, so only pending ones can hold personal values. */
    @Override
    public int redact(org.smartbizflow.crm.shared.TenantId tenantId, Collection<String> values, String replacement) {
        return transactions.write(() -> {
            int changed = 0;
            for (StoredEvent event : List.copyOf(pending.keySet())) {
                if (!event.tenantId().equals(tenantId)
                        || !org.smartbizflow.crm.shared.Redaction.containsAny(event.payload(), values)) {
                    continue;
                }
                StoredEvent redacted = new StoredEvent(event.eventId(), event.tenantId(), event.type(),
                        event.aggregateId(), org.smartbizflow.crm.shared.Redaction.replaceAll(event.payload(), values,
                        replacement), event.occurredAt());
                pending.remove(event);
                pending.put(redacted, Boolean.TRUE);
                byId.put(event.eventId(), redacted);
                transactions.onRollback(() -> {
                    pending.remove(redacted);
                    pending.put(event, Boolean.TRUE);
                    byId.put(event.eventId(), event);
                });
                changed++;
            }
            return changed;
        });
    }

    /** Every pending event of every tenant: what the privacy proof tests scan. */
    public List<StoredEvent> all() {
        return transactions.read(() -> List.copyOf(pending.keySet()));
    }
}
