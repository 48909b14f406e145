package org.smartbizflow.crm.opportunity.port.in;

import jakarta.validation.constraints.NotNull;
import org.smartbizflow.crm.opportunity.OpportunityFilter;
import org.smartbizflow.crm.opportunity.PipelineId;

/**
 * Show a pipeline's board.
 *
 * @param pipelineId the pipeline, or null for the default one
 * @param filter     which deals (owner, team, territory, close period, ...); its pipeline is ignored
 */
public record ShowBoard(PipelineId pipelineId, @NotNull OpportunityFilter filter) {

    public static ShowBoard of(OpportunityFilter filter) {
        return new ShowBoard(null, filter);
    }
}
