package org.smartbizflow.crm.sales.proposal.port.out;

import java.util.List;
import java.util.Optional;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.proposal.Proposal;
import org.smartbizflow.crm.sales.proposal.ProposalId;
import org.smartbizflow.crm.sales.proposal.ProposalView;
import org.smartbizflow.crm.shared.TenantId;

/** Storage of proposals and their document versions, scoped by tenant, with optimistic versions. */
public interface ProposalRepository {

    Optional<Proposal> find(TenantId tenantId, ProposalId id);

    /** Stores a new proposal at version 0. */
    void insert(Proposal proposal);

    /**
     * Stores the proposal if the stored version still equals its version; advances the version.
     *
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when the version differs
     * @throws org.smartbizflow.crm.shared.NotFoundException when no such proposal is stored
     */
    void update(Proposal proposal);

    /** The proposals of a deal, oldest first. */
    List<ProposalView> listByOpportunity(TenantId tenantId, OpportunityId opportunityId);
}
