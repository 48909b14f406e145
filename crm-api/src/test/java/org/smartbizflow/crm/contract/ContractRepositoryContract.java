package org.smartbizflow.crm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.sales.contract.Contract;
import org.smartbizflow.crm.sales.contract.ContractId;
import org.smartbizflow.crm.sales.contract.ContractStatus;
import org.smartbizflow.crm.sales.contract.ContractView;
import org.smartbizflow.crm.sales.contract.RenewalTerms;
import org.smartbizflow.crm.sales.contract.port.out.ContractRepository;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.Visibility;

/** What every {@link ContractRepository} must do, whatever the storage. */
public abstract class ContractRepositoryContract {

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

    private ContractRepository repository() {
        return store.contracts();
    }

    private Contract stored(OpportunityId deal, String start, String end, RenewalTerms terms) {
        Contract contract = SalesFixtures.contract(tenant, deal, LocalDate.parse(start), LocalDate.parse(end), terms);
        txRun(() -> repository().insert(contract));
        return contract;
    }

    @Test
    void storesEveryFieldAndARenewalChain() {
        Contract contract = stored(SalesFixtures.deal(), "2026-01-01", "2026-12-31", RenewalTerms.autoRenew(60));
        assertThat(tx(() -> repository().find(tenant, contract.id())).orElseThrow().view()).isEqualTo(contract.view());

        Contract loaded = tx(() -> repository().find(tenant, contract.id())).orElseThrow();
        Contract next = loaded.renew(ContractId.of(LeadFixtures.nextId()), SalesFixtures.deal(), null, SalesFixtures.REP,
                SalesFixtures.NOW.plusSeconds(1)).orElseThrow();
        txRun(() -> {
            repository().update(loaded);
            repository().insert(next);
        });
        assertThat(tx(() -> repository().find(tenant, contract.id())).orElseThrow().view().status())
                .isEqualTo(ContractStatus.RENEWED);
        ContractView renewal = tx(() -> repository().find(tenant, next.id())).orElseThrow().view();
        assertThat(renewal).isEqualTo(next.view());
        assertThat(renewal.renewalOf()).isEqualTo(contract.id());
        assertThat(renewal.startDate()).isEqualTo(LocalDate.parse("2027-01-01"));
        assertThat(renewal.endDate()).isEqualTo(LocalDate.parse("2027-12-31"));
        assertThat(tx(() -> repository().find(LeadFixtures.freshTenant(), contract.id()))).isEmpty();
    }

    @Test
    void aStaleUpdateIsAConflict() {
        Contract contract = stored(SalesFixtures.deal(), "2026-01-01", "2026-06-30", RenewalTerms.manual(30));
        Contract one = tx(() -> repository().find(tenant, contract.id())).orElseThrow();
        Contract two = tx(() -> repository().find(tenant, contract.id())).orElseThrow();
        one.terminate(SalesFixtures.REP, SalesFixtures.NOW);
        two.end(SalesFixtures.REP, SalesFixtures.NOW, LocalDate.parse("2026-07-01"));
        txRun(() -> repository().update(one));
        assertThatThrownBy(() -> txRun(() -> repository().update(two))).isInstanceOf(ConcurrencyConflictException.class);
        assertThat(tx(() -> repository().find(tenant, contract.id())).orElseThrow().view().status())
                .isEqualTo(ContractStatus.TERMINATED);
    }

    @Test
    void dueForRenewalListsActiveContractsWhoseNoticeDateHasComeSoonestFirst() {
        OpportunityId deal = SalesFixtures.deal();
        // notice due 2026-11-01 (end minus 60 days)
        Contract late = stored(deal, "2026-01-01", "2026-12-31", RenewalTerms.autoRenew(60));
        // notice due 2026-06-30
        Contract early = stored(deal, "2025-07-01", "2026-06-30", RenewalTerms.manual(0));
        // notice due 2026-09-01
        Contract middle = stored(SalesFixtures.deal(), "2025-10-01", "2026-10-01", RenewalTerms.manual(30));
        // notice due 2027-03-02: not yet
        stored(SalesFixtures.deal(), "2026-04-01", "2027-03-31", RenewalTerms.autoRenew(29));
        Contract terminated = stored(SalesFixtures.deal(), "2026-01-01", "2026-07-31", RenewalTerms.manual(10));
        Contract ended = tx(() -> repository().find(tenant, terminated.id())).orElseThrow();
        ended.terminate(SalesFixtures.REP, SalesFixtures.NOW);
        txRun(() -> repository().update(ended));

        LocalDate dueBy = LocalDate.parse("2026-11-01");
        assertThat(tx(() -> repository().dueForRenewal(tenant, dueBy, Visibility.all(), 10))).extracting(ContractView::id)
                .containsExactly(early.id(), middle.id(), late.id());
        assertThat(tx(() -> repository().dueForRenewal(tenant, dueBy, Visibility.all(), 2))).extracting(ContractView::id)
                .containsExactly(early.id(), middle.id());
        assertThat(tx(() -> repository().dueForRenewal(tenant, LocalDate.parse("2026-10-31"), Visibility.all(), 10)))
                .extracting(ContractView::id).containsExactly(early.id(), middle.id());
        assertThat(tx(() -> repository().dueForRenewal(LeadFixtures.freshTenant(), dueBy, Visibility.all(), 10))).isEmpty();
        Contract someoneElses = Contract.create(ContractId.of(LeadFixtures.nextId()), tenant, deal, null, "Other rep's",
                Money.of("10", "EUR"), LocalDate.parse("2025-01-01"), LocalDate.parse("2026-01-31"), RenewalTerms.manual(0),
                null, UserId.of("rep-2"), SalesFixtures.NOW);
        txRun(() -> repository().insert(someoneElses));
        assertThat(tx(() -> repository().dueForRenewal(tenant, dueBy, Visibility.ownedBy(Set.of(SalesFixtures.REP)), 10)))
                .extracting(ContractView::id).containsExactly(early.id(), middle.id(), late.id());
        assertThat(tx(() -> repository().dueForRenewal(tenant, dueBy,
                Visibility.ownedBy(Set.of(UserId.of("rep-2"), UserId.of("rep-3"))), 10)))
                .extracting(ContractView::id).containsExactly(someoneElses.id());
        assertThat(tx(() -> repository().dueForRenewal(tenant, dueBy, Visibility.all(), 10))).hasSize(4);
        assertThat(tx(() -> repository().dueForRenewal(tenant, dueBy, Visibility.ownedBy(Set.of()), 10))).isEmpty();
        assertThat(tx(() -> repository().listByOpportunity(tenant, deal))).extracting(ContractView::id)
                .containsExactly(someoneElses.id(), early.id(), late.id());
    }
}
