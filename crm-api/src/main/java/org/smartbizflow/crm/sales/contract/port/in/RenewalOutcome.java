package org.smartbizflow.crm.sales.contract.port.in;

import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.contract.ContractId;
import org.smartbizflow.crm.sales.contract.ContractStatus;

/** What became of a renewal: a refusal is a value. */
public sealed interface RenewalOutcome {

    /**
     * The contract was renewed.
     *
     * @param previous           the contract now RENEWED
     * @param next               the follow-on contract
     * @param renewalOpportunity the renewal deal made in the renewals pipeline, or null when
     *                           the opportunity context is not present
     */
    record Renewed(ContractId previous, ContractId next, OpportunityId renewalOpportunity) implements RenewalOutcome {
    }

    /**
     * Nothing changed.
     *
     * @param status the contract's status
     * @param reason why
     */
    record Refused(ContractStatus status, String reason) implements RenewalOutcome {
    }
}
