package org.smartbizflow.crm.sales.port.in;

import org.smartbizflow.crm.sales.contract.port.in.Contracts;
import org.smartbizflow.crm.sales.lineitem.port.in.OpportunityLineItems;
import org.smartbizflow.crm.sales.product.port.in.Catalog;
import org.smartbizflow.crm.sales.proposal.port.in.Proposals;
import org.smartbizflow.crm.sales.quote.port.in.Quotes;

/**
 * Everything between a deal and a signed contract: catalogue and prices, the deal's line
 * items, quotes, proposals and contracts, bound to one tenant and actor by a CRM session.
 */
public interface Sales {

    Catalog catalog();

    OpportunityLineItems lineItems();

    Quotes quotes();

    Proposals proposals();

    Contracts contracts();
}
