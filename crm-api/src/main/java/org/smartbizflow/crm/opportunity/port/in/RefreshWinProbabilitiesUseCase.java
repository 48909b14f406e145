package org.smartbizflow.crm.opportunity.port.in;

import org.smartbizflow.crm.opportunity.OpportunityFilter;
import org.smartbizflow.crm.opportunity.ProbabilityRefresh;

/**
 * Re-estimates open deals with the configured win-probability model. A deal's estimate
 * depends on its age, which changes without the deal changing, so a host runs this from its
 * scheduler (nightly, say) to keep probabilities and forecasts current; completing an activity
 * linked to a deal re-estimates that deal at once.
 */
public interface RefreshWinProbabilitiesUseCase {

    /**
     * Asks the model about every open deal matching the filter that the actor may see and
     * whose probability is not set by hand, page by page, each page in its own transaction
     * with one aggregate activity query for the whole page. When someone else changes a deal of
     * the page meanwhile, the page is written again deal by deal: the others are applied and
     * the changed deal is reported as {@link ProbabilityRefresh#conflicted()}.
     *
     * @throws IllegalStateException when no win-probability model is configured
     */
    ProbabilityRefresh refreshWinProbabilities(OpportunityFilter filter);
}
