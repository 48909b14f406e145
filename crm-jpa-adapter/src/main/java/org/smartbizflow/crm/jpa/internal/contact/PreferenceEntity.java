package org.smartbizflow.crm.jpa.internal.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalTime;
import java.util.Objects;
import java.util.UUID;
import org.smartbizflow.crm.jpa.internal.shared.VersionedRecord;

/** A row of {@code crm_contact_preference}: quiet hours and the version of a contact's preferences. */
@Entity(name = "CrmContactPreference")
@Table(name = "crm_contact_preference")
class PreferenceEntity implements VersionedRecord {

    @Id
    @Column(name = "contact_id", nullable = false)
    private UUID contactId;

    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    @Column(name = "quiet_from")
    private LocalTime quietFrom;

    @Column(name = "quiet_to")
    private LocalTime quietTo;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PreferenceEntity() {
    }

    PreferenceEntity(UUID contactId, String tenantId) {
        this.contactId = contactId;
        this.tenantId = tenantId;
    }

    @Override
    public String recordType() {
        return "CommunicationPreferences";
    }

    @Override
    public Object recordId() {
        return contactId;
    }

    @Override
    public long loadedVersion() {
        return version;
    }

    UUID contactId() {
        return contactId;
    }

    String tenantId() {
        return tenantId;
    }

    LocalTime quietFrom() {
        return quietFrom;
    }

    LocalTime quietTo() {
        return quietTo;
    }

    long version() {
        return version;
    }

    /** @return whether a column changed */
    boolean quietHours(LocalTime from, LocalTime to) {
        boolean changed = !Objects.equals(quietFrom, from) || !Objects.equals(quietTo, to);
        this.quietFrom = from;
        this.quietTo = to;
        return changed;
    }
}
