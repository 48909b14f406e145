package org.smartbizflow.crm.core.inmemory;

import java.util.Optional;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.lineitem.LineItems;
import org.smartbizflow.crm.sales.lineitem.LineItemsView;
import org.smartbizflow.crm.sales.lineitem.port.out.LineItemRepository;
import org.smartbizflow.crm.shared.TenantId;

/** Each deal's line items in memory. */
public final class InMemoryLineItemRepository implements LineItemRepository {

    private final VersionedTable<OpportunityId, LineItemsView> rows;

    public InMemoryLineItemRepository(InMemoryTransactionRunner transactions) {
        this.rows = new VersionedTable<>(transactions, "LineItems", LineItemsView::version);
    }

    @Override
    public Optional<LineItems> find(TenantId tenantId, OpportunityId opportunityId) {
        return rows.get(tenantId, opportunityId).map(LineItems::restore);
    }

    @Override
    public void insert(LineItems items) {
        LineItemsView state = items.view();
        rows.insert(state.tenantId(), state.opportunityId(), state.withVersion(0));
    }

    @Override
    public void update(LineItems items) {
        LineItemsView state = items.view();
        rows.update(state.tenantId(), state.opportunityId(), state.withVersion(state.version() + 1), state.version());
    }
}
