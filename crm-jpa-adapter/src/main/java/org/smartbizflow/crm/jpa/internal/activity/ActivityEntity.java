package org.smartbizflow.crm.jpa.internal.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.smartbizflow.crm.jpa.internal.shared.VersionedRecord;

/**
 * A row of {@code crm_activity}: one activity with the details of every type in nullable
 * columns (one table, so calendar queries over all types are one index range scan). The
 * local start day is kept beside the start instant so that per-day counts are a plain
 * GROUP BY on every database.
 */
@Entity(name = "CrmActivity")
@Table(name = "crm_activity")
class ActivityEntity implements VersionedRecord {

    static final int LONG_TEXT = Integer.MAX_VALUE;

    @Id
    @Column(name = "id", nullable = false)
    UUID id;

    @Column(name = "tenant_id", nullable = false, length = 64)
    String tenantId;

    @Column(name = "activity_type", nullable = false, length = 16)
    String type;

    @Column(name = "status", nullable = false, length = 16)
    String status;

    @Column(name = "owner_id", nullable = false, length = 128)
    String ownerId;

    @Column(name = "subject", nullable = false, length = 200)
    String subject;

    @Column(name = "body", length = LONG_TEXT)
    String body;

    @Column(name = "start_at", nullable = false)
    Instant startAt;

    @Column(name = "end_at", nullable = false)
    Instant endAt;

    @Column(name = "start_day", nullable = false)
    LocalDate startDay;

    @Column(name = "time_zone", nullable = false, length = 64)
    String timeZone;

    @Column(name = "visibility", nullable = false, length = 16)
    String visibility;

    @Column(name = "call_direction", length = 16)
    String callDirection;

    @Column(name = "meeting_location", length = 500)
    String meetingLocation;

    @Column(name = "meeting_link", length = 500)
    String meetingLink;

    @Column(name = "task_priority", length = 16)
    String taskPriority;

    @Column(name = "email_from", length = 254)
    String emailFrom;

    @Column(name = "email_to", length = LONG_TEXT)
    String emailTo;

    @Column(name = "email_message_id", length = 500)
    String emailMessageId;

    @Column(name = "series_id")
    UUID seriesId;

    @Column(name = "recurrence_rule", length = 200)
    String recurrenceRule;

    @Column(name = "recurrence_exceptions", length = LONG_TEXT)
    String recurrenceExceptions;

    @Column(name = "original_start")
    Instant originalStart;

    @Column(name = "outcome", length = 100)
    String outcome;

    @Column(name = "completed_at")
    Instant completedAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    /**
     * The child rows as this persistence context last read or wrote them, so that an update in
     * the same transaction can tell what changed without reading them again; null when unknown.
     */
    @Transient
    Children children;

    protected ActivityEntity() {
    }

    @Override
    public String recordType() {
        return "Activity";
    }

    @Override
    public Object recordId() {
        return id;
    }

    @Override
    public long loadedVersion() {
        return version;
    }

    /**
     * Links and attendees (managed rows) and reminder fire times of an activity at a version.
     * Only trusted while the row still has that version and the rows are still managed.
     */
    record Children(long version, List<ActivityLinkEntity> links, List<ActivityAttendeeEntity> attendees,
                    Map<UUID, Instant> reminderFireAt) {

        boolean currentFor(ActivityEntity row, EntityManager em) {
            return version == row.version && links.stream().allMatch(em::contains)
                    && attendees.stream().allMatch(em::contains);
        }
    }
}
