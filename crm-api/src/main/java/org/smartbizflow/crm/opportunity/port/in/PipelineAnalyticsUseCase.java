package org.smartbizflow.crm.opportunity.port.in;

import org.smartbizflow.crm.opportunity.PipelineBoard;
import org.smartbizflow.crm.opportunity.PipelineFlow;
import org.smartbizflow.crm.opportunity.PipelineId;
import org.smartbizflow.crm.opportunity.PipelineSummary;
import org.smartbizflow.crm.opportunity.Slippage;
import org.smartbizflow.crm.shared.DateRange;

/**
 * Boards, summaries and history-derived figures of pipelines, computed by aggregate queries and
 * converted to the tenant's corporate currency through the exchange-rate port.
 */
public interface PipelineAnalyticsUseCase {

    /**
     * Deals by stage with counts, totals and weighted totals.
     *
     * @throws org.smartbizflow.crm.shared.ValidationException when a rate for a deal's currency is missing
     */
    PipelineBoard board(ShowBoard query);

    /** Deals closing in a period by stage, forecast category and owner. */
    PipelineSummary summary(SummarizePipeline query);

    /** Velocity (days in each stage) and stage-to-stage conversion from the stage history. */
    PipelineFlow flow(PipelineId pipelineId);

    /** Close dates pushed out between the period's first and last day (inclusive). */
    Slippage slippage(PipelineId pipelineId, DateRange changedIn);
}
