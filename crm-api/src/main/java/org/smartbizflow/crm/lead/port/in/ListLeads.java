package org.smartbizflow.crm.lead.port.in;

import jakarta.validation.constraints.NotNull;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.shared.PageRequest;

/**
 * A page of leads matching a filter.
 *
 * @param filter criteria
 * @param page   which page
 */
public record ListLeads(@NotNull LeadFilter filter, @NotNull PageRequest page) {

    public static ListLeads firstPage(LeadFilter filter) {
        return new ListLeads(filter, PageRequest.firstPage());
    }
}
