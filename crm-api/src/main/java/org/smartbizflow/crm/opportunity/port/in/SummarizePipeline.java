package org.smartbizflow.crm.opportunity.port.in;

import jakarta.validation.constraints.NotNull;
import org.smartbizflow.crm.opportunity.OpportunityFilter;
import org.smartbizflow.crm.opportunity.PipelineId;
import org.smartbizflow.crm.shared.DateRange;

/**
 * Summarise the deals closing in a period.
 *
 * @param pipelineId the pipeline, or null for every pipeline
 * @param period     the close period
 * @param filter     further criteria (owners, teams, territories); its close range is replaced by the period
 */
public record SummarizePipeline(PipelineId pipelineId, @NotNull DateRange period, @NotNull OpportunityFilter filter) {

    public static SummarizePipeline of(DateRange period) {
        return new SummarizePipeline(null, period, OpportunityFilter.any());
    }
}
