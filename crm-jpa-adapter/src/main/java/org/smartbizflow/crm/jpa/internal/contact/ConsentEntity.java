package org.smartbizflow.crm.jpa.internal.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code crm_contact_consent}: a contact's current standing on one channel. */
@Entity(name = "CrmContactConsent")
@Table(name = "crm_contact_consent")
@IdClass(ConsentKey.class)
class ConsentEntity {

    @Id
    @Column(name = "contact_id", nullable = false)
    private UUID contactId;

    @Id
    @Column(name = "channel", nullable = false, length = 16)
    private String channel;

    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    @Column(name = "status", nullable = false, length = 16)
    private String status;

    @Column(name = "lawful_basis", nullable = false, length = 32)
    private String lawfulBasis;

    @Column(name = "source", nullable = false, length = 200)
    private String source;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "token_expires_at")
    private Instant tokenExpiresAt;

    protected ConsentEntity() {
    }

    ConsentEntity(UUID contactId, String channel, String tenantId) {
        this.contactId = contactId;
        this.channel = channel;
        this.tenantId = tenantId;
    }

    void assign(String newStatus, String newBasis, String newSource, Instant newChangedAt, String newTokenHash,
                Instant newExpiresAt) {
        this.status = newStatus;
        this.lawfulBasis = newBasis;
        this.source = newSource;
        this.changedAt = newChangedAt;
        this.tokenHash = newTokenHash;
        this.tokenExpiresAt = newExpiresAt;
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

    Instant changedAt() {
        return changedAt;
    }

    String tokenHash() {
        return tokenHash;
    }

    Instant tokenExpiresAt() {
        return tokenExpiresAt;
    }
}
