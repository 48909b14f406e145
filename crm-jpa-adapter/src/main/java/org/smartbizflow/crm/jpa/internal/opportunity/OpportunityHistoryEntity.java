package org.smartbizflow.crm.jpa.internal.opportunity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code crm_opportunity_history}: a deal's tracked fields after one change. Never updated. */
@Entity(name = "CrmOpportunityHistory")
@Table(name = "crm_opportunity_history")
class OpportunityHistoryEntity {

    @Id
    @Column(name = "id", nullable = false)
    UUID id;

    @Column(name = "tenant_id", nullable = false, length = 64)
    String tenantId;

    @Column(name = "opportunity_id", nullable = false)
    UUID opportunityId;

    @Column(name = "pipeline_id", nullable = false)
    UUID pipelineId;

    @Column(name = "stage_id", nullable = false)
    UUID stageId;

    @Column(name = "stage_type", nullable = false, length = 8)
    String stageType;

    @Column(name = "amount", precision = 19, scale = 4)
    BigDecimal amount;

    @Column(name = "currency", length = 3)
    String currency;

    @Column(name = "expected_close_date", nullable = false)
    LocalDate expectedCloseDate;

    @Column(name = "probability", nullable = false, precision = 7, scale = 4)
    BigDecimal probability;

    @Column(name = "changed_by", nullable = false, length = 128)
    String changedBy;

    @Column(name = "changed_at", nullable = false)
    Instant changedAt;

    @Column(name = "previous_stage_id")
    UUID previousStageId;

    @Column(name = "seconds_in_previous_stage")
    Long secondsInPreviousStage;

    @Column(name = "close_date_slip_days", nullable = false)
    int closeDateSlipDays;

    @Column(name = "previous_pipeline_id")
    UUID previousPipelineId;

    protected OpportunityHistoryEntity() {
    }
}
