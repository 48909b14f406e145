package org.smartbizflow.crm.core.sales;

import org.smartbizflow.crm.sales.contract.port.in.Contracts;
import org.smartbizflow.crm.sales.lineitem.port.in.OpportunityLineItems;
import org.smartbizflow.crm.sales.port.in.Sales;
import org.smartbizflow.crm.sales.product.port.in.Catalog;
import org.smartbizflow.crm.sales.proposal.port.in.Proposals;
import org.smartbizflow.crm.sales.quote.port.in.Quotes;
import org.smartbizflow.crm.sales.quote.port.out.QuoteRenderer;

/** The sales use cases of one session, made together because they share the deal seam. */
final class SalesService implements Sales {

    private final CatalogService catalog;
    private final LineItemService lineItems;
    private final QuoteService quotes;
    private final ProposalService proposals;
    private final ContractService contracts;

    SalesService(SalesSupport support, QuoteRenderer renderer) {
        this.catalog = new CatalogService(support);
        this.lineItems = new LineItemService(support, catalog);
        this.quotes = new QuoteService(support, lineItems, renderer);
        this.proposals = new ProposalService(support);
        this.contracts = new ContractService(support);
    }

    @Override
    public Catalog catalog() {
        return catalog;
    }

    @Override
    public OpportunityLineItems lineItems() {
        return lineItems;
    }

    @Override
    public Quotes quotes() {
        return quotes;
    }

    @Override
    public Proposals proposals() {
        return proposals;
    }

    @Override
    public Contracts contracts() {
        return contracts;
    }
}
