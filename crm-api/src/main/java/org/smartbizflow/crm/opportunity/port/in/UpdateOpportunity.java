package org.smartbizflow.crm.opportunity.port.in;

import jakarta.validation.constraints.NotNull;
import org.smartbizflow.crm.opportunity.OpportunityDetails;
import org.smartbizflow.crm.opportunity.OpportunityId;

/**
 * Replace a deal's directly edited fields.
 *
 * @param opportunityId   the deal
 * @param details         the fields after the edit
 * @param expectedVersion the version the caller saw, or null not to check
 */
public record UpdateOpportunity(@NotNull OpportunityId opportunityId, @NotNull OpportunityDetails details,
                                Long expectedVersion) {
}
