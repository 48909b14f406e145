package org.smartbizflow.crm.core.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartbizflow.crm.shared.port.out.EventOutbox;
import org.smartbizflow.crm.shared.port.out.EventPublisher;
import org.smartbizflow.crm.shared.port.out.StoredEvent;
import org.smartbizflow.crm.shared.port.out.TransactionRunner;

/**
 * Publishes what the outbox holds, oldest first, and marks it published. Runs after every
 * commit that recorded events, and whenever the host calls {@code Crm#relayEvents()} (for
 * events left behind by a crash or a failing subscriber). Delivery is at least once: an event
 * is marked only after the publisher returned.
 */
public final class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;

    private final TransactionRunner transactions;
    private final EventOutbox outbox;
    private final EventPublisher publisher;
    private final EventSerializer serializer;
    private final ReentrantLock running = new ReentrantLock();

    public OutboxRelay(TransactionRunner transactions, EventOutbox outbox, EventPublisher publisher, EventSerializer serializer) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.publisher = publisher;
        this.serializer = serializer;
    }

    /** Publishes until nothing is pending or a publication fails; returns how many were published. */
    public int publishPending() {
        running.lock();
        try {
            int published = 0;
            while (true) {
                List<StoredEvent> batch = transactions.inTransaction(() -> outbox.pending(BATCH));
                if (batch.isEmpty()) {
                    return published;
                }
                List<UUID> done = new ArrayList<>(batch.size());
                RuntimeException failure = null;
                boolean nobodyListens = publisher == EventPublisher.none();
                for (StoredEvent stored : batch) {
                    try {
                        if (!nobodyListens) {
                            publisher.publish(serializer.toEnvelope(stored));
                        }
                        done.add(stored.eventId());
                    } catch (RuntimeException e) {
                        failure = e;
                        break;
                    }
                }
                if (!done.isEmpty()) {
                    transactions.inTransaction(() -> outbox.markPublished(done));
                    published += done.size();
                }
                if (failure != null) {
                    LOG.warn("Publishing event failed; {} event(s) stay in the outbox for the next relay",
                            batch.size() - done.size(), failure);
                    return published;
                }
            }
        } finally {
            running.unlock();
        }
    }
}
