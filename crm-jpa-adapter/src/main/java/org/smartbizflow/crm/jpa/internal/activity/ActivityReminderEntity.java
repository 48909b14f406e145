package org.smartbizflow.crm.jpa.internal.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code crm_activity_reminder}. {@code fired_at} is only ever set by one
 * conditional UPDATE ({@code ... where fired_at is null}), which is what makes a reminder
 * fire once under concurrent pollers.
 */
@Entity(name = "CrmActivityReminder")
@Table(name = "crm_activity_reminder")
class ActivityReminderEntity {

    @Id
    @Column(name = "id", nullable = false)
    UUID id;

    @Column(name = "tenant_id", nullable = false, length = 64)
    String tenantId;

    @Column(name = "activity_id", nullable = false)
    UUID activityId;

    @Column(name = "line_no", nullable = false)
    int position;

    @Column(name = "before_seconds", nullable = false)
    long beforeSeconds;

    @Column(name = "fire_at", nullable = false)
    Instant fireAt;

    @Column(name = "fired_at")
    Instant firedAt;

    protected ActivityReminderEntity() {
    }
}
