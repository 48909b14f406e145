package org.smartbizflow.crm.opportunity.port.in;

import org.smartbizflow.crm.opportunity.OpportunityFilter;
import org.smartbizflow.crm.opportunity.ProbabilityRefresh;

/**
 * Re-estimates open deals with the configured win-probability model. A deal's estimate
 * depends on its logged activities and its age, which change without the deal changing, so a
 * host runs this from its scheduler (nightly, say) to keep probabilities and forecasts current.
 */
public interface RefreshWinProbabilitiesUseCase {

    /**
     * Asks the model about every open deal matching the filter that the actor may see and
     * whose probability is not set by hand, page by page, each page in its own transaction
     * with one aggregate activity query for the whole page.
     *
     * @throws IllegalStateException when no win-probability model is configured
     */
    ProbabilityRefresh refreshWinProbabilities(OpportunityFilter filter);
}
