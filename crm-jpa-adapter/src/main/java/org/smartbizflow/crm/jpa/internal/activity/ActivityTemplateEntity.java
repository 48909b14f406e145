package org.smartbizflow.crm.jpa.internal.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.smartbizflow.crm.jpa.internal.shared.VersionedRecord;

/** A row of {@code crm_activity_template}: one template of a tenant's playbook, keyed by tenant and key. */
@Entity(name = "CrmActivityTemplate")
@Table(name = "crm_activity_template")
class ActivityTemplateEntity implements VersionedRecord {

    @EmbeddedId
    Key id;

    @Column(name = "activity_type", nullable = false, length = 16)
    String activityType;

    @Column(name = "subject", nullable = false, length = 200)
    String subject;

    @Column(name = "body", length = PlaybookMapper.LONG_TEXT)
    String body;

    @Column(name = "duration_seconds", nullable = false)
    long durationSeconds;

    @Column(name = "reminders", length = 200)
    String reminders;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected ActivityTemplateEntity() {
    }

    ActivityTemplateEntity(Key id) {
        this.id = id;
    }

    @Override
    public String recordType() {
        return "ActivityTemplate";
    }

    @Override
    public Object recordId() {
        return id.templateKey;
    }

    @Override
    public long loadedVersion() {
        return version;
    }

    /** Tenant and template key. */
    @Embeddable
    static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "tenant_id", nullable = false, length = 64)
        String tenantId;

        @Column(name = "template_key", nullable = false, length = 100)
        String templateKey;

        protected Key() {
        }

        Key(String tenantId, String templateKey) {
            this.tenantId = tenantId;
            this.templateKey = templateKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && tenantId.equals(key.tenantId) && templateKey.equals(key.templateKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, templateKey);
        }
    }
}
