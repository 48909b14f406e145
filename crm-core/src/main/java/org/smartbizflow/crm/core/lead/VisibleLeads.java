package org.smartbizflow.crm.core.lead;

import java.util.function.Consumer;
import java.util.function.Function;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.lead.port.in.ListLeads;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;

/**
 * Walks every lead a filter selects, page by page through the visibility-checked list use
 * case, each page in its own short transaction: the one loop behind export, bulk actions and
 * the duplicate scan, so none holds more than a page.
 */
final class VisibleLeads {

    private static final int PAGE = 1000;

    private VisibleLeads() {
    }

    /** Hands each matching lead to the sink in id order; returns how many there were. */
    static long forEach(Function<ListLeads, Page<LeadView>> pages, LeadFilter filter, Consumer<LeadView> sink) {
        long count = 0;
        ListLeads query = new ListLeads(filter, PageRequest.first(PAGE));
        while (true) {
            Page<LeadView> page = pages.apply(query);
            for (LeadView lead : page.items()) {
                sink.accept(lead);
                count++;
            }
            if (!page.hasNext()) {
                return count;
            }
            query = new ListLeads(filter, query.page().next(page.next()));
        }
    }
}
