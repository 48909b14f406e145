package org.smartbizflow.crm.jpa.internal.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code crm_outbox_event}; published rows keep their publication time. */
@Entity(name = "CrmOutboxEvent")
@Table(name = "crm_outbox_event")
class OutboxEventEntity {

    @Id
    @Column(name = "event_id", nullable = false)
    private UUID eventId;

    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    @Column(name = "event_type", nullable = false, length = 200)
    private String type;

    @Column(name = "aggregate_id", nullable = false, length = 64)
    private String aggregateId;

    @Column(name = "payload", nullable = false, length = OutboxEventEntity.PAYLOAD_LENGTH)
    private String payload;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** Large enough that every provider maps the column to its unbounded text type. */
    static final int PAYLOAD_LENGTH = Integer.MAX_VALUE;

    protected OutboxEventEntity() {
    }

    OutboxEventEntity(UUID eventId, String tenantId, String type, String aggregateId, String payload,
                      Instant occurredAt) {
        this.eventId = eventId;
        this.tenantId = tenantId;
        this.type = type;
        this.aggregateId = aggregateId;
        this.payload = payload;
        this.occurredAt = occurredAt;
    }

    UUID eventId() {
        return eventId;
    }

    String tenantId() {
        return tenantId;
    }

    String type() {
        return type;
    }

    String aggregateId() {
        return aggregateId;
    }

    /** Erasure: the payload with personal values replaced. */
    void redactPayload(String redacted) {
        this.payload = redacted;
    }

    String payload() {
        return payload;
    }

    Instant occurredAt() {
        return occurredAt;
    }
}
