package org.smartbizflow.crm.shared;

import java.util.UUID;

/**
 * A published domain event with its unique id. Delivery is at least once: subscribers that
 * must not act twice remember the ids they have handled.
 *
 * @param eventId unique per event, stable across redeliveries
 * @param event   the event
 */
public record EventEnvelope(UUID eventId, DomainEvent event) {

    public EventEnvelope {
        Preconditions.notNull(eventId, "eventId");
        Preconditions.notNull(event, "event");
    }
}
