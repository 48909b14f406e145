package org.smartbizflow.crm.jpa.internal.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.smartbizflow.crm.jpa.internal.shared.VersionedRecord;

/**
 * A row of {@code crm_contact}: the contact's single-valued fields. E-mails, phones, social
 * handles, tags and custom fields live in child tables keyed by contact and position, so that
 * the database can index and query them (the unique e-mail index above all).
 */
@Entity(name = "CrmContact")
@Table(name = "crm_contact")
class ContactEntity implements VersionedRecord {

    @Id
    @Column(name = "id", nullable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    @Column(name = "owner_id", nullable = false, length = 128)
    private String ownerId;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "job_title", length = 200)
    private String jobTitle;

    @Column(name = "account_id")
    private UUID accountId;

    @Column(name = "reports_to")
    private UUID reportsTo;

    @Column(name = "preferred_language", length = 35)
    private String preferredLanguage;

    @Column(name = "time_zone", length = 64)
    private String timeZone;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "erased_at")
    private Instant erasedAt;

    protected ContactEntity() {
    }

    ContactEntity(UUID id, String tenantId) {
        this.id = id;
        this.tenantId = tenantId;
    }

    @Override
    public String recordType() {
        return "Contact";
    }

    @Override
    public Object recordId() {
        return id;
    }

    @Override
    public long loadedVersion() {
        return version;
    }

    UUID id() {
        return id;
    }

    String tenantId() {
        return tenantId;
    }

    String ownerId() {
        return ownerId;
    }

    String name() {
        return name;
    }

    String jobTitle() {
        return jobTitle;
    }

    UUID accountId() {
        return accountId;
    }

    UUID reportsTo() {
        return reportsTo;
    }

    String preferredLanguage() {
        return preferredLanguage;
    }

    String timeZone() {
        return timeZone;
    }

    long version() {
        return version;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Instant erasedAt() {
        return erasedAt;
    }

    /**
     * Copies the changeable state; id, tenant and version are not the caller's to set.
     *
     * @return whether any column changed (the provider then writes the row and advances the version)
     */
    boolean assign(String newOwnerId, String newName, String newJobTitle, UUID newAccountId, UUID newReportsTo,
                   String newLanguage, String newTimeZone, Instant newCreatedAt, Instant newUpdatedAt,
                   Instant newErasedAt) {
        boolean changed = !Objects.equals(ownerId, newOwnerId) || !Objects.equals(name, newName)
                || !Objects.equals(jobTitle, newJobTitle) || !Objects.equals(accountId, newAccountId)
                || !Objects.equals(reportsTo, newReportsTo) || !Objects.equals(preferredLanguage, newLanguage)
                || !Objects.equals(timeZone, newTimeZone) || !Objects.equals(createdAt, newCreatedAt)
                || !Objects.equals(updatedAt, newUpdatedAt) || !Objects.equals(erasedAt, newErasedAt);
        this.ownerId = newOwnerId;
        this.name = newName;
        this.jobTitle = newJobTitle;
        this.accountId = newAccountId;
        this.reportsTo = newReportsTo;
        this.preferredLanguage = newLanguage;
        this.timeZone = newTimeZone;
        this.createdAt = newCreatedAt;
        this.updatedAt = newUpdatedAt;
        this.erasedAt = newErasedAt;
        return changed;
    }
}
