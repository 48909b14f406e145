package org.smartbizflow.crm.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Percentage;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * The tracked fields of a deal (stage, amount, close date, probability) after a change of any
 * of them, with who changed them and when. A deal's entries in time order are its stage
 * history; velocity, slippage and conversion are derived from them.
 *
 * @param id                identity of the entry
 * @param tenantId          tenant
 * @param opportunityId     the deal
 * @param pipelineId        its pipeline
 * @param stageId           its stage after the change
 * @param stageType         the type of that stage
 * @param amount            its amount after the change, or null
 * @param expectedCloseDate its close date after the change
 * @param probability       its probability after the change
 * @param changedBy         who changed it
 * @param changedAt         when
 * @param previousStageId   the stage the deal left with this change, or null when the stage did not change
 * @param secondsInPreviousStage how long the deal was in the stage it left, or null when the stage did not change
 * @param closeDateSlipDays days the close date moved later with this change (0 when it did not move later)
 * @param previousPipelineId the pipeline the deal left with this change, or null when the pipeline did not
 *                          change: the stage left belongs to it, so its velocity counts the time spent there
 */
public record OpportunityHistoryEntry(UUID id, TenantId tenantId, OpportunityId opportunityId, PipelineId pipelineId,
                                      StageId stageId, StageType stageType, Money amount, LocalDate expectedCloseDate,
                                      Percentage probability, UserId changedBy, Instant changedAt,
                                      StageId previousStageId, Long secondsInPreviousStage, int closeDateSlipDays,
                                      PipelineId previousPipelineId) {

    public OpportunityHistoryEntry {
        Preconditions.notNull(id, "id");
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(opportunityId, "opportunityId");
        Preconditions.notNull(pipelineId, "pipelineId");
        Preconditions.notNull(stageId, "stageId");
        Preconditions.notNull(stageType, "stageType");
        Preconditions.notNull(expectedCloseDate, "expectedCloseDate");
        Preconditions.notNull(probability, "probability");
        Preconditions.notNull(changedBy, "changedBy");
        Preconditions.notNull(changedAt, "changedAt");
        Preconditions.check((previousStageId == null) == (secondsInPreviousStage == null), "secondsInPreviousStage",
                "is set exactly when the stage changed");
        Preconditions.check(secondsInPreviousStage == null || secondsInPreviousStage >= 0, "secondsInPreviousStage",
                "must not be negative");
        Preconditions.check(closeDateSlipDays >= 0, "closeDateSlipDays", "must not be negative");
        Preconditions.check(previousPipelineId == null || previousStageId != null && !previousPipelineId.equals(pipelineId),
                "previousPipelineId", "is set only when the deal left another pipeline's stage");
    }

    /** The pipeline of the stage left with this change (the deal's pipeline unless it moved between pipelines). */
    public PipelineId pipelineLeft() {
        return previousPipelineId != null ? previousPipelineId : pipelineId;
    }

    /** The first entry of a new deal. */
    public static OpportunityHistoryEntry of(UUID id, OpportunityView deal, UserId changedBy, Instant changedAt) {
        return new OpportunityHistoryEntry(id, deal.tenantId(), deal.id(), deal.pipelineId(), deal.stageId(),
                deal.stageType(), deal.amount(), deal.expectedCloseDate(), deal.probability(), changedBy, changedAt,
                null, null, 0, null);
    }

    /**
     * The entry for a change from {@code before} to {@code after}: the stage left and how long
     * the deal was in it (since {@code enteredBefore}), and how far an open deal's close date slipped.
     */
    public static OpportunityHistoryEntry of(UUID id, OpportunityView before, Instant enteredBefore,
                                             OpportunityView after, UserId changedBy, Instant changedAt) {
        boolean stageChanged = !before.stageId().equals(after.stageId());
        boolean pipelineChanged = !before.pipelineId().equals(after.pipelineId());
        long seconds = Math.max(0, java.time.Duration.between(enteredBefore, changedAt).getSeconds());
        int slip = before.isOpen() && after.isOpen() && after.expectedCloseDate().isAfter(before.expectedCloseDate())
                ? (int) java.time.temporal.ChronoUnit.DAYS.between(before.expectedCloseDate(), after.expectedCloseDate())
                : 0;
        return new OpportunityHistoryEntry(id, after.tenantId(), after.id(), after.pipelineId(), after.stageId(),
                after.stageType(), after.amount(), after.expectedCloseDate(), after.probability(), changedBy, changedAt,
                stageChanged ? before.stageId() : null, stageChanged ? seconds : null, slip,
                pipelineChanged ? before.pipelineId() : null);
    }

    /** Whether a change from {@code before} to {@code after} touches a tracked field. */
    public static boolean tracks(OpportunityView before, OpportunityView after) {
        return before == null || !before.stageId().equals(after.stageId())
                || !before.pipelineId().equals(after.pipelineId())
                || !java.util.Objects.equals(before.amount(), after.amount())
                || !before.expectedCloseDate().equals(after.expectedCloseDate())
                || before.probability().compareTo(after.probability()) != 0;
    }
}
