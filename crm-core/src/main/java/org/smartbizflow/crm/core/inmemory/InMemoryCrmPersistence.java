package org.smartbizflow.crm.core.inmemory;

import org.smartbizflow.crm.forecast.port.out.ForecastSnapshotRepository;
import org.smartbizflow.crm.lead.port.out.LeadRepository;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.sales.contract.port.out.ContractRepository;
import org.smartbizflow.crm.sales.lineitem.port.out.LineItemRepository;
import org.smartbizflow.crm.sales.product.port.out.CatalogRepository;
import org.smartbizflow.crm.sales.proposal.port.out.ProposalRepository;
import org.smartbizflow.crm.sales.quote.port.out.QuoteRepository;
import org.smartbizflow.crm.shared.port.out.AuditLog;
import org.smartbizflow.crm.shared.port.out.EventOutbox;
import org.smartbizflow.crm.shared.port.out.TransactionRunner;

/**
 * Every persistence port in memory, sharing one transaction runner: the embedded default,
 * and a test kit for hosts that want a real CRM in their unit tests without a database.
 */
public final class InMemoryCrmPersistence implements CrmPersistence {

    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    private final InMemoryEventOutbox outbox = new InMemoryEventOutbox(transactions);
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog(transactions);
    private final InMemoryLeadRepository leads = new InMemoryLeadRepository(transactions);
    private final InMemoryForecastSnapshotRepository forecastSnapshots =
            new InMemoryForecastSnapshotRepository(transactions);
    private final InMemoryCatalogRepository catalog = new InMemoryCatalogRepository(transactions);
    private final InMemoryLineItemRepository lineItems = new InMemoryLineItemRepository(transactions);
    private final InMemoryQuoteRepository quotes = new InMemoryQuoteRepository(transactions);
    private final InMemoryProposalRepository proposals = new InMemoryProposalRepository(transactions);
    private final InMemoryContractRepository contracts = new InMemoryContractRepository(transactions);

    @Override
    public TransactionRunner transactions() {
        return transactions;
    }

    @Override
    public EventOutbox outbox() {
        return outbox;
    }

    @Override
    public AuditLog auditLog() {
        return auditLog;
    }

    @Override
    public LeadRepository leads() {
        return leads;
    }

    @Override
    public ForecastSnapshotRepository forecastSnapshots() {
        return forecastSnapshots;
    }

    @Override
    public CatalogRepository catalog() {
        return catalog;
    }

    @Override
    public LineItemRepository lineItems() {
        return lineItems;
    }

    @Override
    public QuoteRepository quotes() {
        return quotes;
    }

    @Override
    public ProposalRepository proposals() {
        return proposals;
    }

    @Override
    public ContractRepository contracts() {
        return contracts;
    }
}
