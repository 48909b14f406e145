package org.smartbizflow.crm.shared.port.out;

import org.smartbizflow.crm.shared.EventEnvelope;

/**
 * The host's side of domain events: called after commit, at least once per event. A method
 * reference to the host's event bus is the usual implementation.
 */
@FunctionalInterface
public interface EventPublisher {

    void publish(EventEnvelope envelope);

    /** Publishes nowhere; the default when a host has no subscribers. */
    static EventPublisher none() {
        return envelope -> { };
    }
}
