package org.smartbizflow.crm.core.lead;

import java.util.function.Consumer;
import java.util.function.Function;
import org.smartbizflow.crm.core.transfer.PagedExport;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.lead.port.in.ListLeads;
import org.smartbizflow.crm.shared.Page;

/**
 * Walks every lead a filter selects, page by page through the visibility-checked list use
 * case, each page in its own short transaction: the one loop behind export, bulk actions and
 * the duplicate scan, so none holds more than a page.
 */
final class VisibleLeads {

    private VisibleLeads() {
    }

    /** Hands each matching lead to the sink in id order; returns how many there were. */
    static long forEach(Function<ListLeads, Page<LeadView>> pages, LeadFilter filter, Consumer<LeadView> sink) {
        return PagedExport.forEach(page -> pages.apply(new ListLeads(filter, page)), sink);
    }
}
