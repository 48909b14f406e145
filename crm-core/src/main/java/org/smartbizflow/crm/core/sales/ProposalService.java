package org.smartbizflow.crm.core.sales;

import java.util.List;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.proposal.Proposal;
import org.smartbizflow.crm.sales.proposal.ProposalChange;
import org.smartbizflow.crm.sales.proposal.ProposalId;
import org.smartbizflow.crm.sales.proposal.ProposalStatus;
import org.smartbizflow.crm.sales.proposal.ProposalView;
import org.smartbizflow.crm.sales.proposal.port.in.AddProposalVersion;
import org.smartbizflow.crm.sales.proposal.port.in.CreateProposal;
import org.smartbizflow.crm.sales.proposal.port.in.Proposals;
import org.smartbizflow.crm.sales.proposal.port.out.ProposalRepository;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Preconditions;

/** The proposal use cases; versions and status changes are audited and published. */
final class ProposalService implements Proposals {

    static final String RECORD_TYPE = "Proposal";

    private final SalesSupport sales;
    private final ProposalRepository proposals;

    ProposalService(SalesSupport sales) {
        this.sales = sales;
        this.proposals = sales.store().proposals();
    }

    @Override
    public ProposalId create(CreateProposal command) {
        sales.runtime().validate(command);
        sales.requireDeal(Action.UPDATE, command.opportunityId());
        return sales.tx(() -> {
            Proposal proposal = Proposal.create(new ProposalId(sales.nextId()), sales.tenant(), command.opportunityId(),
                    command.title(), command.documentUri(), command.fileName(), command.note(), sales.actor(), sales.now());
            proposals.insert(proposal);
            sales.audit(RECORD_TYPE, proposal.id(), "version", null, 1);
            sales.runtime().recordEvents(proposal.pullEvents());
            return proposal.id();
        });
    }

    @Override
    public ProposalChange addVersion(AddProposalVersion command) {
        sales.runtime().validate(command);
        return sales.tx(() -> {
            Proposal proposal = loadForUpdate(command.proposalId());
            int before = proposal.view().versions().size();
            ProposalChange result = proposal.addVersion(command.documentUri(), command.fileName(), command.note(),
                    sales.actor(), sales.now());
            if (result instanceof ProposalChange.Changed changed) {
                proposals.update(proposal);
                sales.audit(RECORD_TYPE, proposal.id(), "version", before, before + 1);
                if (changed.from() != changed.to()) {
                    sales.audit(RECORD_TYPE, proposal.id(), "status", changed.from(), changed.to());
                }
                sales.runtime().recordEvents(proposal.pullEvents());
            }
            return result;
        });
    }

    @Override
    public ProposalChange changeStatus(ProposalId proposalId, ProposalStatus status) {
        Preconditions.notNull(proposalId, "proposalId");
        Preconditions.notNull(status, "status");
        return sales.tx(() -> {
            Proposal proposal = loadForUpdate(proposalId);
            ProposalChange result = proposal.moveTo(status, sales.actor(), sales.now());
            if (result instanceof ProposalChange.Changed changed) {
                proposals.update(proposal);
                sales.audit(RECORD_TYPE, proposal.id(), "status", changed.from(), changed.to());
                sales.runtime().recordEvents(proposal.pullEvents());
            }
            return result;
        });
    }

    @Override
    public ProposalView proposal(ProposalId proposalId) {
        Preconditions.notNull(proposalId, "proposalId");
        ProposalView proposal = sales.tx(() -> load(proposalId).view());
        sales.require(Action.READ, RECORD_TYPE, proposalId, proposal.ownerId());
        return proposal;
    }

    @Override
    public List<ProposalView> proposalsOf(OpportunityId opportunityId) {
        Preconditions.notNull(opportunityId, "opportunityId");
        sales.requireDeal(Action.READ, opportunityId);
        return sales.tx(() -> proposals.listByOpportunity(sales.tenant(), opportunityId));
    }

    private Proposal load(ProposalId id) {
        return proposals.find(sales.tenant(), id).orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
    }

    private Proposal loadForUpdate(ProposalId id) {
        Proposal proposal = load(id);
        sales.require(Action.UPDATE, RECORD_TYPE, id, proposal.view().ownerId());
        return proposal;
    }
}
