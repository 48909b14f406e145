package org.smartbizflow.crm.shared;

import java.time.Instant;

/**
 * Something that happened to an aggregate. Events are recorded by the aggregate, stored in
 * the outbox in the same transaction as the change and published after commit.
 */
public interface DomainEvent {

    TenantId tenantId();

    Instant occurredAt();

    /** The id of the aggregate the event is about, as text. */
    String aggregateId();

    /** A stable name for the event type, used in the outbox and by subscribers. */
    default String type() {
        return getClass().getSimpleName();
    }
}
