package org.smartbizflow.crm.jpa.internal.nurture;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.smartbizflow.crm.jpa.internal.shared.VersionedRecord;

/** An enrolment, a row of {@code crm_nurture_enrolment}; its version is what makes a step claim unique. */
@Entity(name = "CrmNurtureEnrolment")
@Table(name = "crm_nurture_enrolment")
class EnrolmentEntity implements VersionedRecord {

    @Id
    @Column(name = "id", nullable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    @Column(name = "sequence_id", nullable = false)
    private UUID sequenceId;

    @Column(name = "lead_id", nullable = false)
    private UUID leadId;

    @Column(name = "status", nullable = false, length = 16)
    private String status;

    @Column(name = "step_index", nullable = false)
    private int stepIndex;

    @Column(name = "run_no", nullable = false)
    private long runNo;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "end_reason", length = 200)
    private String endReason;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected EnrolmentEntity() {
    }

    EnrolmentEntity(UUID id, String tenantId, UUID sequenceId, UUID leadId) {
        this.id = id;
        this.tenantId = tenantId;
        this.sequenceId = sequenceId;
        this.leadId = leadId;
    }

    @Override
    public String recordType() {
        return "Enrolment";
    }

    @Override
    public Object recordId() {
        return id;
    }

    @Override
    public long loadedVersion() {
        return version;
    }

    void set(String newStatus, int newStep, long newRun, Instant newDueAt, Instant newEnrolledAt, Instant newEndedAt,
             String newEndReason) {
        this.status = newStatus;
        this.stepIndex = newStep;
        this.runNo = newRun;
        this.dueAt = newDueAt;
        this.enrolledAt = newEnrolledAt;
        this.endedAt = newEndedAt;
        this.endReason = newEndReason;
    }

    UUID id() {
        return id;
    }

    String tenantId() {
        return tenantId;
    }

    UUID sequenceId() {
        return sequenceId;
    }

    UUID leadId() {
        return leadId;
    }

    String status() {
        return status;
    }

    int stepIndex() {
        return stepIndex;
    }

    long runNo() {
        return runNo;
    }

    Instant dueAt() {
        return dueAt;
    }

    Instant enrolledAt() {
        return enrolledAt;
    }

    Instant endedAt() {
        return endedAt;
    }

    String endReason() {
        return endReason;
    }

    long version() {
        return version;
    }
}
