package org.smartbizflow.crm.jpa.internal.nurture;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A reported engagement, a row of {@code crm_nurture_engagement}. */
@Entity(name = "CrmNurtureEngagement")
@Table(name = "crm_nurture_engagement")
class EngagementEntity {

    @Id
    @Column(name = "id", nullable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    @Column(name = "enrolment_id", nullable = false)
    private UUID enrolmentId;

    @Column(name = "message_id", nullable = false)
    private UUID messageId;

    @Column(name = "step_key", nullable = false, length = 40)
    private String stepKey;

    @Column(name = "kind", nullable = false, length = 16)
    private String kind;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected EngagementEntity() {
    }

    EngagementEntity(UUID id, String tenantId, UUID enrolmentId, UUID messageId, String stepKey, String kind,
                     Instant occurredAt) {
        this.id = id;
        this.tenantId = tenantId;
        this.enrolmentId = enrolmentId;
        this.messageId = messageId;
        this.stepKey = stepKey;
        this.kind = kind;
        this.occurredAt = occurredAt;
    }

    UUID id() {
        return id;
    }

    String tenantId() {
        return tenantId;
    }

    UUID enrolmentId() {
        return enrolmentId;
    }

    UUID messageId() {
        return messageId;
    }

    String stepKey() {
        return stepKey;
    }

    String kind() {
        return kind;
    }

    Instant occurredAt() {
        return occurredAt;
    }
}
