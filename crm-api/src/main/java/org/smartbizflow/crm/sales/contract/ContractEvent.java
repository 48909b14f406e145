package org.smartbizflow.crm.sales.contract;

import java.time.Instant;
import java.time.LocalDate;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.shared.DomainEvent;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/** Events of contracts. */
public sealed interface ContractEvent extends DomainEvent {

    ContractId contractId();

    @Override
    default String aggregateId() {
        return contractId().toString();
    }

    /**
     * A contract was made (from a deal, a quote or as a renewal).
     *
     * @param tenantId      tenant
     * @param contractId    the contract
     * @param opportunityId its deal
     * @param value         its value
     * @param startDate     first day
     * @param endDate       last day
     * @param actor         who made it
     * @param occurredAt    when
     */
    record ContractCreated(TenantId tenantId, ContractId contractId, OpportunityId opportunityId, Money value,
                           LocalDate startDate, LocalDate endDate, UserId actor, Instant occurredAt)
            implements ContractEvent {
    }

    /**
     * A contract moved to another status.
     *
     * @param tenantId   tenant
     * @param contractId the contract
     * @param from       status before
     * @param to         status after
     * @param actor      who moved it
     * @param occurredAt when
     */
    record ContractStatusChanged(TenantId tenantId, ContractId contractId, ContractStatus from, ContractStatus to,
                                 UserId actor, Instant occurredAt) implements ContractEvent {
    }
}
