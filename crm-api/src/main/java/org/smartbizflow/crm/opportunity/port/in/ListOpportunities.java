package org.smartbizflow.crm.opportunity.port.in;

import jakarta.validation.constraints.NotNull;
import org.smartbizflow.crm.opportunity.OpportunityFilter;
import org.smartbizflow.crm.shared.PageRequest;

/**
 * A page of deals matching a filter.
 *
 * @param filter criteria
 * @param page   which page
 */
public record ListOpportunities(@NotNull OpportunityFilter filter, @NotNull PageRequest page) {

    public static ListOpportunities firstPage(OpportunityFilter filter) {
        return new ListOpportunities(filter, PageRequest.firstPage());
    }
}
