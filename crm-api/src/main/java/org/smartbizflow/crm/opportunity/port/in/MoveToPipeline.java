package org.smartbizflow.crm.opportunity.port.in;

import jakarta.validation.constraints.NotNull;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.opportunity.PipelineId;
import org.smartbizflow.crm.opportunity.StageId;

/**
 * Move an open deal to another pipeline (a new-business deal that turns out to be an upsell,
 * say), into one of that pipeline's open stages.
 *
 * @param opportunityId   the deal
 * @param pipelineId      the pipeline it moves to
 * @param stageId         the open stage of that pipeline it enters
 * @param expectedVersion the version the caller saw, or null not to check
 */
public record MoveToPipeline(@NotNull OpportunityId opportunityId, @NotNull PipelineId pipelineId,
                             @NotNull StageId stageId, Long expectedVersion) {

    public static MoveToPipeline of(OpportunityId deal, PipelineId pipeline, StageId stage) {
        return new MoveToPipeline(deal, pipeline, stage, null);
    }
}
