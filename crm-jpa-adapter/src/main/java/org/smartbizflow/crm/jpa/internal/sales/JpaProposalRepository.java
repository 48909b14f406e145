package org.smartbizflow.crm.jpa.internal.sales;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.proposal.Proposal;
import org.smartbizflow.crm.sales.proposal.ProposalId;
import org.smartbizflow.crm.sales.proposal.ProposalView;
import org.smartbizflow.crm.sales.proposal.port.out.ProposalRepository;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;

/** Proposals in {@code crm_proposal}, document versions in {@code crm_proposal_version} (append-only). */
public final class JpaProposalRepository implements ProposalRepository {

    private final Supplier<EntityManager> entityManager;

    public JpaProposalRepository(Supplier<EntityManager> entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    private Optional<ProposalEntity> row(TenantId tenantId, ProposalId id) {
        ProposalEntity row = entityManager.get().find(ProposalEntity.class, id.value());
        return row != null && row.tenantId.equals(tenantId.value()) ? Optional.of(row) : Optional.empty();
    }

    @Override
    public Optional<Proposal> find(TenantId tenantId, ProposalId id) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        return row(tenantId, id).map(SalesMapper::toProposal).map(Proposal::restore);
    }

    @Override
    public void insert(Proposal proposal) {
        Preconditions.notNull(proposal, "proposal");
        ProposalView state = proposal.view();
        ProposalEntity row = new ProposalEntity(state.id().value(), state.tenantId().value());
        SalesMapper.copyInto(state, row);
        EntityManager em = entityManager.get();
        em.persist(row);
        Flushes.flush(em, () -> new ConcurrencyConflictException("Proposal", state.id(), 0));
    }

    @Override
    public void update(Proposal proposal) {
        Preconditions.notNull(proposal, "proposal");
        ProposalView state = proposal.view();
        ProposalEntity row = row(state.tenantId(), state.id())
                .orElseThrow(() -> new NotFoundException("Proposal", state.id()));
        if (row.version != state.version()) {
            throw new ConcurrencyConflictException("Proposal", state.id(), state.version());
        }
        SalesMapper.copyInto(state, row);
        Flushes.flush(entityManager.get(), () -> new ConcurrencyConflictException("Proposal", state.id(), state.version()));
    }

    @Override
    public List<ProposalView> listByOpportunity(TenantId tenantId, OpportunityId opportunityId) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(opportunityId, "opportunityId");
        return entityManager.get()
                .createQuery("select p from CrmProposal p where p.tenantId = :tenant and p.opportunityId = :deal"
                        + " order by p.createdAt, p.id", ProposalEntity.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("deal", opportunityId.value())
                .getResultStream().map(SalesMapper::toProposal).toList();
    }
}
