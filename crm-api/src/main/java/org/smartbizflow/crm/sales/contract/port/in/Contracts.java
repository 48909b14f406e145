package org.smartbizflow.crm.sales.contract.port.in;

import java.util.List;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.contract.ContractChange;
import org.smartbizflow.crm.sales.contract.ContractId;
import org.smartbizflow.crm.sales.contract.ContractView;
import org.smartbizflow.crm.shared.Money;

/** Contracts of deals and their renewals, bound to one tenant and actor by a CRM session. */
public interface Contracts {

    /** A contract from an ACCEPTED quote, worth the quote's net total; other quotes are refused. */
    ContractId createFromQuote(CreateContractFromQuote command);

    /** A contract from a won deal. */
    ContractId createFromDeal(CreateContractFromDeal command);

    /**
     * Renews an ACTIVE contract: it becomes RENEWED and a follow-on contract starts the day
     * after it ends.
     *
     * @param newValue the follow-on value, or null to keep the current value
     */
    RenewalOutcome renew(ContractId contractId, Money newValue);

    ContractChange terminate(ContractId contractId);

    ContractView contract(ContractId contractId);

    List<ContractView> contractsOf(OpportunityId opportunityId);

    /**
     * ACTIVE contracts whose renewal decision (end date minus notice period) falls due within
     * {@code withinDays} days of today (by the CRM's clock) or is already overdue, soonest first,
     * among the contracts the actor may see.
     *
     * @param limit at most this many, 1 to 1000
     */
    List<ContractView> dueForRenewal(int withinDays, int limit);
}
