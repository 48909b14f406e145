package org.smartbizflow.crm.jpa.internal.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.smartbizflow.crm.jpa.internal.shared.VersionedRecord;

/**
 * A row of {@code crm_activity_follow_up}: one follow-up rule. It names a template
 * ({@code template_key}) or carries its own activity spec in the {@code activity_*} columns.
 */
@Entity(name = "CrmActivityFollowUp")
@Table(name = "crm_activity_follow_up")
class FollowUpRuleEntity implements VersionedRecord {

    @Id
    @Column(name = "id", nullable = false)
    UUID id;

    @Column(name = "tenant_id", nullable = false, length = 64)
    String tenantId;

    @Column(name = "when_type", nullable = false, length = 16)
    String whenType;

    @Column(name = "outcome", nullable = false, length = 100)
    String outcome;

    @Column(name = "outcome_code", nullable = false, length = 100)
    String outcomeCode;

    @Column(name = "template_key", length = 100)
    String templateKey;

    @Column(name = "activity_key", length = 100)
    String activityKey;

    @Column(name = "activity_type", length = 16)
    String activityType;

    @Column(name = "activity_subject", length = 200)
    String activitySubject;

    @Column(name = "activity_body", length = PlaybookMapper.LONG_TEXT)
    String activityBody;

    @Column(name = "activity_duration_seconds")
    Long activityDurationSeconds;

    @Column(name = "activity_reminders", length = 200)
    String activityReminders;

    @Column(name = "business_days", nullable = false)
    int businessDays;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected FollowUpRuleEntity() {
    }

    FollowUpRuleEntity(UUID id, String tenantId) {
        this.id = id;
        this.tenantId = tenantId;
    }

    @Override
    public String recordType() {
        return "FollowUpRule";
    }

    @Override
    public Object recordId() {
        return id;
    }

    @Override
    public long loadedVersion() {
        return version;
    }
}
