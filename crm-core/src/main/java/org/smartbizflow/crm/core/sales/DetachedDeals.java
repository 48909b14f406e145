package org.smartbizflow.crm.core.sales;

import java.util.Optional;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.contract.ContractView;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.UserId;

/**
 * The deal seam while the CRM manages no opportunities itself: deals are known only by
 * id, so amounts, won status and renewal deals stay with whoever owns the deals.
 */
final class DetachedDeals implements DealLink {

    @Override
    public Optional<UserId> ownerOf(OpportunityId opportunityId) {
        return Optional.empty();
    }

    @Override
    public void amountFromLines(OpportunityId opportunityId, Money net) {
        // no deal to update: the deal lives outside this CRM
    }

    @Override
    public void markWon(OpportunityId opportunityId) {
        // no deal to close: the deal lives outside this CRM
    }

    @Override
    public Optional<OpportunityId> renewalDeal(ContractView renewed, Money value) {
        return Optional.empty();
    }
}
