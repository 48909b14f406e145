package org.smartbizflow.crm.sales.proposal.port.in;

import java.util.List;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.proposal.ProposalChange;
import org.smartbizflow.crm.sales.proposal.ProposalId;
import org.smartbizflow.crm.sales.proposal.ProposalStatus;
import org.smartbizflow.crm.sales.proposal.ProposalView;

/** Proposal documents of deals, bound to one tenant and actor by a CRM session. */
public interface Proposals {

    ProposalId create(CreateProposal command);

    /** A new document version; a sent proposal goes back to DRAFT, a final one refuses. */
    ProposalChange addVersion(AddProposalVersion command);

    /** Moves the proposal (send, accept, decline, withdraw) or says why not. */
    ProposalChange changeStatus(ProposalId proposalId, ProposalStatus status);

    ProposalView proposal(ProposalId proposalId);

    List<ProposalView> proposalsOf(OpportunityId opportunityId);
}
