package org.smartbizflow.crm.sales.lineitem;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;

/**
 * The line items of one opportunity as stored, with their totals.
 *
 * @param opportunityId the deal the lines belong to
 * @param tenantId      tenant
 * @param currency      the one currency of every line (the deal's currency)
 * @param lines         the lines in the order they were added
 * @param version       optimistic-concurrency version
 * @param updatedAt     when the lines last changed
 */
public record LineItemsView(OpportunityId opportunityId, TenantId tenantId, Currency currency, List<LineItem> lines,
                            long version, Instant updatedAt) {

    public LineItemsView {
        Preconditions.notNull(opportunityId, "opportunityId");
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(currency, "currency");
        lines = List.copyOf(Preconditions.notNull(lines, "lines"));
        Preconditions.notNull(updatedAt, "updatedAt");
    }

    public LineTotals totals() {
        return LineTotals.of(currency, lines);
    }

    public LineItemsView withVersion(long newVersion) {
        return new LineItemsView(opportunityId, tenantId, currency, lines, newVersion, updatedAt);
    }
}
