package org.smartbizflow.crm.shared.port.out;

import org.smartbizflow.crm.shared.EventEnvelope;

/**
 * The host's side of domain events: called after commit, at least once per event. A method
 * reference to the host's event bus is the usual implementation.
 */
@FunctionalInterface
public interface EventPublisher {

    void publish(EventEnvelope envelope);

    /**
     * Publishes nowhere; the default when a host has no subscribers. The relay recognises it
     * and marks events published without reading them back.
     */
    static EventPublisher none() {
        return Nowhere.INSTANCE;
    }

    /** The publisher of {@link #none()}. */
    enum Nowhere implements EventPublisher {
        INSTANCE;

        @Override
        public void publish(EventEnvelope envelope) {
            // no subscribers
        }
    }
}
