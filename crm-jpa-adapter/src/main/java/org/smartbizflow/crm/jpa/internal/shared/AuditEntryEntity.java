package org.smartbizflow.crm.jpa.internal.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code crm_audit_entry}: one field-level change. */
@Entity(name = "CrmAuditEntry")
@Table(name = "crm_audit_entry")
class AuditEntryEntity {

    @Id
    @Column(name = "id", nullable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    @Column(name = "record_type", nullable = false, length = 64)
    private String recordType;

    @Column(name = "record_id", nullable = false, length = 64)
    private String recordId;

    @Column(name = "field_name", nullable = false, length = 100)
    private String field;

    @Column(name = "old_value", length = OutboxEventEntity.PAYLOAD_LENGTH)
    private String oldValue;

    @Column(name = "new_value", length = OutboxEventEntity.PAYLOAD_LENGTH)
    private String newValue;

    @Column(name = "actor_id", nullable = false, length = 128)
    private String actorId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected AuditEntryEntity() {
    }

    AuditEntryEntity(UUID id, String tenantId, String recordType, String recordId, String field, String oldValue,
                     String newValue, String actorId, Instant changedAt) {
        this.id = id;
        this.tenantId = tenantId;
        this.recordType = recordType;
        this.recordId = recordId;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.actorId = actorId;
        this.changedAt = changedAt;
    }

    UUID id() {
        return id;
    }

    String tenantId() {
        return tenantId;
    }

    String recordType() {
        return recordType;
    }

    String recordId() {
        return recordId;
    }

    String field() {
        return field;
    }

    String oldValue() {
        return oldValue;
    }

    String newValue() {
        return newValue;
    }

    String actorId() {
        return actorId;
    }

    Instant changedAt() {
        return changedAt;
    }
}
