package org.smartbizflow.crm.jpa.internal.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code crm_activity_playbook}: the tenant keeps a playbook of its own. */
@Entity(name = "CrmActivityPlaybook")
@Table(name = "crm_activity_playbook")
class PlaybookMarkEntity {

    @Id
    @Column(name = "tenant_id", nullable = false, length = 64)
    String tenantId;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected PlaybookMarkEntity() {
    }

    PlaybookMarkEntity(String tenantId, Instant createdAt) {
        this.tenantId = tenantId;
        this.createdAt = createdAt;
    }
}
