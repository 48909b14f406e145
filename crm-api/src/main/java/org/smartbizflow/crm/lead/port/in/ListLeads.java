package org.smartbizflow.crm.lead.port.in;

import jakarta.validation.constraints.NotNull;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.lead.LeadSort;
import org.smartbizflow.crm.shared.PageRequest;

/**
 * A page of leads matching a filter.
 *
 * @param filter criteria
 * @param page   which page
 * @param sort   the order; a cursor only continues the sort that made it
 */
public record ListLeads(@NotNull LeadFilter filter, @NotNull PageRequest page, LeadSort sort) {

    public ListLeads {
        sort = sort == null ? LeadSort.byId() : sort;
    }

    /** In id order (creation order). */
    public ListLeads(LeadFilter filter, PageRequest page) {
        this(filter, page, LeadSort.byId());
    }

    public static ListLeads firstPage(LeadFilter filter) {
        return new ListLeads(filter, PageRequest.firstPage());
    }

    /** The same query in another order, from the first page. */
    public ListLeads sortedBy(LeadSort value) {
        return new ListLeads(filter, PageRequest.first(page.size()), value);
    }

    /** The page after the one that returned this cursor, in the same order. */
    public ListLeads next(org.smartbizflow.crm.shared.Cursor cursor) {
        return new ListLeads(filter, page.next(cursor), sort);
    }
}
