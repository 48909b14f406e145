package org.smartbizflow.crm.sales.proposal;

import java.time.Instant;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.shared.DomainEvent;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/** Events of proposals. */
public sealed interface ProposalEvent extends DomainEvent {

    ProposalId proposalId();

    @Override
    default String aggregateId() {
        return proposalId().toString();
    }

    /**
     * A proposal document got a version (its first one when the proposal was made).
     *
     * @param tenantId      tenant
     * @param proposalId    the proposal
     * @param opportunityId its deal
     * @param number        the version number
     * @param actor         who added it
     * @param occurredAt    when
     */
    record ProposalVersionAdded(TenantId tenantId, ProposalId proposalId, OpportunityId opportunityId, int number,
                                UserId actor, Instant occurredAt) implements ProposalEvent {
    }

    /**
     * A proposal moved to another status.
     *
     * @param tenantId   tenant
     * @param proposalId the proposal
     * @param from       status before
     * @param to         status after
     * @param actor      who moved it
     * @param occurredAt when
     */
    record ProposalStatusChanged(TenantId tenantId, ProposalId proposalId, ProposalStatus from, ProposalStatus to,
                                 UserId actor, Instant occurredAt) implements ProposalEvent {
    }
}
