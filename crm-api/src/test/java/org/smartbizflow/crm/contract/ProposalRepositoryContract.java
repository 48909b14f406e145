package org.smartbizflow.crm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.sales.proposal.Proposal;
import org.smartbizflow.crm.sales.proposal.ProposalStatus;
import org.smartbizflow.crm.sales.proposal.ProposalView;
import org.smartbizflow.crm.sales.proposal.port.out.ProposalRepository;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.TenantId;

/** What every {@link ProposalRepository} must do, whatever the storage. */
public abstract class ProposalRepositoryContract {

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

    private ProposalRepository repository() {
        return store.proposals();
    }

    @Test
    void storesAProposalWithEveryVersionOfItsDocument() {
        Proposal proposal = SalesFixtures.proposal(tenant, SalesFixtures.deal(), "Retrofit");
        txRun(() -> repository().insert(proposal));
        assertThat(tx(() -> repository().find(tenant, proposal.id())).orElseThrow().view()).isEqualTo(proposal.view());

        Proposal loaded = tx(() -> repository().find(tenant, proposal.id())).orElseThrow();
        loaded.moveTo(ProposalStatus.SENT, SalesFixtures.REP, SalesFixtures.NOW.plusSeconds(1));
        loaded.addVersion("dms://proposals/retrofit-v2", "Retrofit v2.pdf", null, SalesFixtures.REP,
                SalesFixtures.NOW.plusSeconds(2));
        txRun(() -> repository().update(loaded));
        ProposalView again = tx(() -> repository().find(tenant, proposal.id())).orElseThrow().view();
        assertThat(again).isEqualTo(loaded.view().withVersion(1));
        assertThat(again.versions()).hasSize(2);
        assertThat(again.current().fileName()).isEqualTo("Retrofit v2.pdf");
        assertThat(tx(() -> repository().find(LeadFixtures.freshTenant(), proposal.id()))).isEmpty();
    }

    @Test
    void aStaleUpdateIsAConflict() {
        Proposal proposal = SalesFixtures.proposal(tenant, SalesFixtures.deal(), "Stale");
        txRun(() -> repository().insert(proposal));
        Proposal one = tx(() -> repository().find(tenant, proposal.id())).orElseThrow();
        Proposal two = tx(() -> repository().find(tenant, proposal.id())).orElseThrow();
        one.moveTo(ProposalStatus.SENT, SalesFixtures.REP, SalesFixtures.NOW);
        two.moveTo(ProposalStatus.WITHDRAWN, SalesFixtures.REP, SalesFixtures.NOW);
        txRun(() -> repository().update(one));
        assertThatThrownBy(() -> txRun(() -> repository().update(two))).isInstanceOf(ConcurrencyConflictException.class);
        assertThat(tx(() -> repository().find(tenant, proposal.id())).orElseThrow().view().status())
                .isEqualTo(ProposalStatus.SENT);
    }

    @Test
    void listsADealsProposalsOldestFirst() {
        OpportunityId deal = SalesFixtures.deal();
        Proposal first = SalesFixtures.proposal(tenant, deal, "First");
        Proposal second = SalesFixtures.proposal(tenant, deal, "Second", SalesFixtures.NOW.plusSeconds(1));
        txRun(() -> {
            repository().insert(second);
            repository().insert(first);
            repository().insert(SalesFixtures.proposal(tenant, SalesFixtures.deal(), "Elsewhere"));
        });
        assertThat(tx(() -> repository().listByOpportunity(tenant, deal))).extracting(ProposalView::title)
                .containsExactly("First", "Second");
    }
}
