package org.smartbizflow.crm.jpa.internal.nurture;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A step run, a row of {@code crm_nurture_step_run}; its primary key refuses a second claim of one run. */
@Entity(name = "CrmNurtureStepRun")
@Table(name = "crm_nurture_step_run")
@IdClass(StepRunEntity.Key.class)
class StepRunEntity {

    @Id
    @Column(name = "enrolment_id", nullable = false)
    private UUID enrolmentId;

    @Id
    @Column(name = "run_no", nullable = false)
    private long runNo;

    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    @Column(name = "step_index", nullable = false)
    private int stepIndex;

    @Column(name = "step_key", nullable = false, length = 40)
    private String stepKey;

    @Column(name = "outcome", nullable = false, length = 16)
    private String outcome;

    @Column(name = "detail", length = 500)
    private String detail;

    @Column(name = "message_id")
    private UUID messageId;

    @Column(name = "claimed_at", nullable = false)
    private Instant claimedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected StepRunEntity() {
    }

    StepRunEntity(UUID enrolmentId, long runNo, String tenantId, int stepIndex, String stepKey, UUID messageId,
                  Instant claimedAt) {
        this.enrolmentId = enrolmentId;
        this.runNo = runNo;
        this.tenantId = tenantId;
        this.stepIndex = stepIndex;
        this.stepKey = stepKey;
        this.messageId = messageId;
        this.claimedAt = claimedAt;
    }

    void finish(String newOutcome, String newDetail, Instant newFinishedAt) {
        this.outcome = newOutcome;
        this.detail = newDetail;
        this.finishedAt = newFinishedAt;
    }

    UUID enrolmentId() {
        return enrolmentId;
    }

    long runNo() {
        return runNo;
    }

    String tenantId() {
        return tenantId;
    }

    int stepIndex() {
        return stepIndex;
    }

    String stepKey() {
        return stepKey;
    }

    String outcome() {
        return outcome;
    }

    String detail() {
        return detail;
    }

    UUID messageId() {
        return messageId;
    }

    Instant claimedAt() {
        return claimedAt;
    }

    Instant finishedAt() {
        return finishedAt;
    }

    /** The composite primary key. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private UUID enrolmentId;
        private long runNo;

        public Key() {
        }

        Key(UUID enrolmentId, long runNo) {
            this.enrolmentId = enrolmentId;
            this.runNo = runNo;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(enrolmentId, key.enrolmentId) && runNo == key.runNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(enrolmentId, runNo);
        }
    }
}
