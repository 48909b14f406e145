package org.smartbizflow.crm.opportunity.port.in;

import jakarta.validation.constraints.NotNull;
import org.smartbizflow.crm.forecast.ForecastCategory;
import org.smartbizflow.crm.opportunity.OpportunityId;

/**
 * The rep's forecast call for an open deal.
 *
 * @param opportunityId the deal
 * @param category      PIPELINE, BEST_CASE, COMMIT or OMITTED
 */
public record ChangeForecastCategory(@NotNull OpportunityId opportunityId, @NotNull ForecastCategory category) {
}
