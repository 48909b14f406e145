package org.smartbizflow.crm.shared.port.out;

import java.time.Instant;
import java.util.UUID;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;

/**
 * A domain event as the outbox keeps it: serialised, with its id and type.
 *
 * @param eventId    unique id, also the id subscribers see
 * @param tenantId   tenant of the event
 * @param type       the event type name
 * @param aggregateId the aggregate the event is about
 * @param payload    the event serialised as JSON
 * @param occurredAt when it happened
 */
public record StoredEvent(UUID eventId, TenantId tenantId, String type, String aggregateId, String payload,
                          Instant occurredAt) {

    public StoredEvent {
        Preconditions.notNull(eventId, "eventId");
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notBlank(type, "type");
        Preconditions.notBlank(aggregateId, "aggregateId");
        Preconditions.notNull(payload, "payload");
        Preconditions.notNull(occurredAt, "occurredAt");
    }
}
