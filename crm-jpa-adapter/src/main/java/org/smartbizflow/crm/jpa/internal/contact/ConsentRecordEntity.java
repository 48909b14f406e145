package org.smartbizflow.crm.jpa.internal.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code crm_consent_record}: one appended change of consent, the proof kept. */
@Entity(name = "CrmConsentRecord")
@Table(name = "crm_consent_record")
class ConsentRecordEntity {

    @Id
    @Column(name = "id", nullable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    @Column(name = "contact_id", nullable = false)
    private UUID contactId;

    @Column(name = "channel", nullable = false, length = 16)
    private String channel;

    @Column(name = "status", nullable = false, length = 16)
    private String status;

    @Column(name = "lawful_basis", nullable = false, length = 32)
    private String lawfulBasis;

    @Column(name = "source", nullable = false, length = 200)
    private String source;

    @Column(name = "recorded_by", nullable = false, length = 128)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ConsentRecordEntity() {
    }

    ConsentRecordEntity(UUID id, String tenantId, UUID contactId, String channel, String status, String lawfulBasis,
                        String source, String recordedBy, Instant recordedAt) {
        this.id = id;
        this.tenantId = tenantId;
        this.contactId = contactId;
        this.channel = channel;
        this.status = status;
        this.lawfulBasis = lawfulBasis;
        this.source = source;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    UUID id() {
        return id;
    }

    String tenantId() {
        return tenantId;
    }

    UUID contactId() {
        return contactId;
    }

    String channel() {
        return channel;
    }

    String status() {
        return status;
    }

    String lawfulBasis() {
        return lawfulBasis;
    }

    String source() {
        return source;
    }

    String recordedBy() {
        return recordedBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }
}
