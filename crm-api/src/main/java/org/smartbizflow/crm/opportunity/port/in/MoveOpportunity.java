package org.smartbizflow.crm.opportunity.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.opportunity.OpportunityView;
import org.smartbizflow.crm.opportunity.StageId;

/**
 * Move a deal to another stage of its pipeline (winning, losing or reopening it).
 *
 * @param opportunityId   the deal
 * @param stageId         the target stage
 * @param lostReason      why it was lost, when the target is a lost stage; otherwise ignored
 * @param expectedVersion the version the caller saw, or null not to check
 */
public record MoveOpportunity(@NotNull OpportunityId opportunityId, @NotNull StageId stageId,
                              @Size(max = OpportunityView.LOST_REASON_MAX) String lostReason, Long expectedVersion) {

    public static MoveOpportunity to(OpportunityId deal, StageId stage) {
        return new MoveOpportunity(deal, stage, null, null);
    }

    public static MoveOpportunity lost(OpportunityId deal, StageId lostStage, String reason) {
        return new MoveOpportunity(deal, lostStage, reason, null);
    }
}
