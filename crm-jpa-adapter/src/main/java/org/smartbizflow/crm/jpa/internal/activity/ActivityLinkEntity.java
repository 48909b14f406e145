package org.smartbizflow.crm.jpa.internal.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A row of {@code crm_activity_link}: one record an activity is about. The activity's start
 * is repeated here so that "this account's calendar next month" is one range scan of the
 * link index.
 */
@Entity(name = "CrmActivityLink")
@Table(name = "crm_activity_link")
class ActivityLinkEntity {

    @EmbeddedId
    Key id;

    @Column(name = "tenant_id", nullable = false, length = 64)
    String tenantId;

    @Column(name = "start_at", nullable = false)
    Instant startAt;

    protected ActivityLinkEntity() {
    }

    ActivityLinkEntity(Key id, String tenantId, Instant startAt) {
        this.id = id;
        this.tenantId = tenantId;
        this.startAt = startAt;
    }

    /** Activity, record type and record id. */
    @Embeddable
    static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "activity_id", nullable = false)
        UUID activityId;

        @Column(name = "record_type", nullable = false, length = 16)
        String recordType;

        @Column(name = "record_id", nullable = false)
        UUID recordId;

        protected Key() {
        }

        Key(UUID activityId, String recordType, UUID recordId) {
            this.activityId = activityId;
            this.recordType = recordType;
            this.recordId = recordId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && activityId.equals(key.activityId) && recordType.equals(key.recordType)
                    && recordId.equals(key.recordId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(activityId, recordType, recordId);
        }
    }
}
