package org.smartbizflow.crm.jpa.internal.nurture;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A nurture sequence, a row of {@code crm_nurture_sequence} with its steps as ordered child rows. */
@Entity(name = "CrmNurtureSequence")
@Table(name = "crm_nurture_sequence")
class NurtureSequenceEntity {

    @Id
    @Column(name = "id", nullable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "opens_at", nullable = false)
    private LocalTime opensAt;

    @Column(name = "closes_at", nullable = false)
    private LocalTime closesAt;

    @Column(name = "workdays", nullable = false, length = 100)
    private String workdays;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "crm_nurture_step", joinColumns = @JoinColumn(name = "sequence_id", nullable = false))
    @OrderColumn(name = "line_no", nullable = false)
    private List<StepLine> steps = new ArrayList<>();

    protected NurtureSequenceEntity() {
    }

    NurtureSequenceEntity(UUID id, String tenantId, String name, String timeZone, LocalTime opensAt, LocalTime closesAt,
                          String workdays, Instant createdAt, List<StepLine> steps) {
        this.id = id;
        this.tenantId = tenantId;
        this.name = name;
        this.timeZone = timeZone;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.workdays = workdays;
        this.createdAt = createdAt;
        this.steps = new ArrayList<>(steps);
    }

    UUID id() {
        return id;
    }

    String tenantId() {
        return tenantId;
    }

    String name() {
        return name;
    }

    String timeZone() {
        return timeZone;
    }

    LocalTime opensAt() {
        return opensAt;
    }

    LocalTime closesAt() {
        return closesAt;
    }

    String workdays() {
        return workdays;
    }

    Instant createdAt() {
        return createdAt;
    }

    List<StepLine> steps() {
        return steps;
    }
}
