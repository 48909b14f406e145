package org.smartbizflow.crm.core.sales;

import java.time.LocalDate;
import java.util.Optional;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.contract.ContractView;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.UserId;

/**
 * What the sales use cases need from the deals they belong to, in one narrow seam: the
 * deal's owner (for access), the amount the lines or an accepted quote drive, closing as won, and the renewal
 * deal of a renewed contract.
 */
interface DealLink {

    /** The deal's owner, or empty when the deal is unknown to this CRM. */
    Optional<UserId> ownerOf(OpportunityId opportunityId);

    /** Sets the deal amount to the lines' net total. */
    void amountFromLines(OpportunityId opportunityId, Money net);

    /**
     * Sets an open deal's amount to an accepted quote's net: in the deal's currency, converted
     * at the rate of the quote's date when the quote is in another one (a deal without an
     * amount takes the quote's currency).
     *
     * @throws org.smartbizflow.crm.shared.ValidationException naming the currency pair and day
     *         when no rate is known
     */
    void amountFromQuote(OpportunityId opportunityId, Money net, LocalDate quoteDate);

    /** Closes the deal as won; does nothing when it is already won. */
    void markWon(OpportunityId opportunityId);

    /**
     * Makes the renewal deal for a contract that is being renewed, worth the follow-on value.
     *
     * @return the new deal, or empty when deals are not managed by this CRM
     */
    Optional<OpportunityId> renewalDeal(ContractView renewed, Money value);
}
