package org.smartbizflow.crm.core.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.proposal.Proposal;
import org.smartbizflow.crm.sales.proposal.ProposalId;
import org.smartbizflow.crm.sales.proposal.ProposalView;
import org.smartbizflow.crm.sales.proposal.port.out.ProposalRepository;
import org.smartbizflow.crm.shared.TenantId;

/** Proposals in memory. */
public final class InMemoryProposalRepository implements ProposalRepository {

    private final VersionedTable<ProposalId, ProposalView> rows;

    public InMemoryProposalRepository(InMemoryTransactionRunner transactions) {
        this.rows = new VersionedTable<>(transactions, "Proposal", ProposalView::version);
    }

    @Override
    public Optional<Proposal> find(TenantId tenantId, ProposalId id) {
        return rows.get(tenantId, id).map(Proposal::restore);
    }

    @Override
    public void insert(Proposal proposal) {
        ProposalView state = proposal.view();
        rows.insert(state.tenantId(), state.id(), state.withVersion(0));
    }

    @Override
    public void update(Proposal proposal) {
        ProposalView state = proposal.view();
        rows.update(state.tenantId(), state.id(), state.withVersion(state.version() + 1), state.version());
    }

    @Override
    public List<ProposalView> listByOpportunity(TenantId tenantId, OpportunityId opportunityId) {
        return rows.read(() -> rows.unsafeRows(tenantId).stream()
                .filter(p -> p.opportunityId().equals(opportunityId))
                .sorted(Comparator.comparing(ProposalView::createdAt).thenComparing(p -> p.id().value(), UuidOrder.UNSIGNED))
                .toList());
    }
}
