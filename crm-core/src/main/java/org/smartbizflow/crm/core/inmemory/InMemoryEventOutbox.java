package org.smartbizflow.crm.core.inmemory;

import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import org.smartbizflow.crm.shared.port.out.EventOutbox;
import org.smartbizflow.crm.shared.port.out.StoredEvent;

/** The outbox in memory; events are ordered by their time-ordered ids. */
public final class InMemoryEventOutbox implements EventOutbox {

    private final InMemoryTransactionRunner transactions;
    private final NavigableMap<UUID, StoredEvent> pending = new ConcurrentSkipListMap<>(UuidOrder.UNSIGNED);

    public InMemoryEventOutbox(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public void append(List<StoredEvent> events) {
        transactions.write(() -> {
            for (StoredEvent event : events) {
                pending.put(event.eventId(), event);
                transactions.onRollback(() -> pending.remove(event.eventId()));
            }
            return null;
        });
    }

    @Override
    public List<StoredEvent> pending(int max) {
        return transactions.read(() -> pending.values().stream().limit(max).toList());
    }

    @Override
    public void markPublished(Collection<UUID> eventIds) {
        transactions.write(() -> {
            for (UUID id : eventIds) {
                StoredEvent removed = pending.remove(id);
                if (removed != null) {
                    transactions.onRollback(() -> pending.put(id, removed));
                }
            }
            return null;
        });
    }
}
