package org.smartbizflow.crm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.sales.lineitem.LineItem;
import org.smartbizflow.crm.sales.lineitem.LineItems;
import org.smartbizflow.crm.sales.lineitem.port.out.LineItemRepository;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.TenantId;

/** What every {@link LineItemRepository} must do, whatever the storage. */
public abstract class LineItemRepositoryContract {

    protected abstract CrmPersistence persistence();

    private CrmPersistence store;
    private TenantId tenant;

    @BeforeEach
    void openStore() {
        store = persistence();
        tenant = LeadFixtures.freshTenant();
    }

    private <T> T tx(Supplier<T> work) {
        return store.transactions().inTransaction(work);
    }

    private void txRun(Runnable work) {
        store.transactions().inTransaction(work);
    }

    private LineItemRepository repository() {
        return store.lineItems();
    }

    private LineItems withLines(OpportunityId deal) {
        LineItems items = LineItems.start(deal, tenant, SalesFixtures.EUR, SalesFixtures.NOW);
        SalesFixtures.lines().forEach(line -> items.add(line, SalesFixtures.NOW));
        return items;
    }

    @Test
    void storesEveryLineInOrderWithEveryField() {
        LineItems items = withLines(SalesFixtures.deal());
        txRun(() -> repository().insert(items));
        LineItems loaded = tx(() -> repository().find(tenant, items.opportunityId())).orElseThrow();
        assertThat(loaded.view()).isEqualTo(items.view());
        assertThat(loaded.totals()).isEqualTo(items.totals());
        assertThat(tx(() -> repository().find(LeadFixtures.freshTenant(), items.opportunityId()))).isEmpty();
        assertThat(tx(() -> repository().find(tenant, SalesFixtures.deal()))).isEmpty();
    }

    @Test
    void updatesReplaceTheLinesAndAdvanceTheVersion() {
        LineItems items = withLines(SalesFixtures.deal());
        txRun(() -> repository().insert(items));
        LineItems loaded = tx(() -> repository().find(tenant, items.opportunityId())).orElseThrow();
        LineItem first = loaded.lines().get(0);
        loaded.replace(first.withQuantity(new BigDecimal("4.5")), SalesFixtures.NOW.plusSeconds(1));
        loaded.remove(loaded.lines().get(2).id(), SalesFixtures.NOW.plusSeconds(2));
        loaded.add(SalesFixtures.line("Training", "450"), SalesFixtures.NOW.plusSeconds(3));
        txRun(() -> repository().update(loaded));

        LineItems again = tx(() -> repository().find(tenant, items.opportunityId())).orElseThrow();
        assertThat(again.view()).isEqualTo(loaded.view().withVersion(1));
        assertThat(again.lines()).extracting(LineItem::description)
                .containsExactly("Engine <retrofit>", "Service hours", "Training");
    }

    @Test
    void aStaleUpdateOrASecondInsertIsAConflict() {
        LineItems items = withLines(SalesFixtures.deal());
        txRun(() -> repository().insert(items));
        LineItems one = tx(() -> repository().find(tenant, items.opportunityId())).orElseThrow();
        LineItems two = tx(() -> repository().find(tenant, items.opportunityId())).orElseThrow();
        one.add(SalesFixtures.line("One", "1"), SalesFixtures.NOW);
        two.add(SalesFixtures.line("Two", "2"), SalesFixtures.NOW);
        txRun(() -> repository().update(one));
        assertThatThrownBy(() -> txRun(() -> repository().update(two))).isInstanceOf(ConcurrencyConflictException.class);
        assertThatThrownBy(() -> txRun(() -> repository().insert(withLines(items.opportunityId()))))
                .isInstanceOf(ConcurrencyConflictException.class);
        assertThat(tx(() -> repository().find(tenant, items.opportunityId())).orElseThrow().lines())
                .extracting(LineItem::description).contains("One").doesNotContain("Two");
    }
}
