package org.smartbizflow.crm.opportunity.port.in;

import jakarta.validation.constraints.NotNull;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.shared.Percentage;

/**
 * Set a deal's probability by hand, or clear the override.
 *
 * @param opportunityId the deal
 * @param probability   the probability, or null to return to the stage default (or the model)
 */
public record OverrideProbability(@NotNull OpportunityId opportunityId, Percentage probability) {
}
