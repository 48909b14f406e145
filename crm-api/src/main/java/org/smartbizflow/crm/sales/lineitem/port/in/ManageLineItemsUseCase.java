package org.smartbizflow.crm.sales.lineitem.port.in;

import java.util.Optional;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.lineitem.LineItemId;
import org.smartbizflow.crm.sales.lineitem.LineItemsView;

/**
 * The products on a deal. When the opportunity context is present, every change sets the
 * deal amount to the lines' net total (the lines drive the amount).
 */
public interface ManageLineItemsUseCase {

    LineItemId add(AddLineItem command);

    void change(ChangeLineItem command);

    void remove(OpportunityId opportunityId, LineItemId lineItemId);

    /** The deal's lines with their totals, or empty when it has none. */
    Optional<LineItemsView> lineItems(OpportunityId opportunityId);
}
