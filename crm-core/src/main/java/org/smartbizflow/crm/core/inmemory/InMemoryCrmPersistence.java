package org.smartbizflow.crm.core.inmemory;

import org.smartbizflow.crm.account.port.out.AccountRelationshipRepository;
import org.smartbizflow.crm.account.port.out.AccountRepository;
import org.smartbizflow.crm.account.port.out.TerritoryRepository;
import org.smartbizflow.crm.activity.port.out.ActivityPlaybookRepository;
import org.smartbizflow.crm.activity.port.out.ActivityRepository;
import org.smartbizflow.crm.contact.port.out.ConsentRepository;
import org.smartbizflow.crm.contact.port.out.ContactRepository;
import org.smartbizflow.crm.forecast.port.out.ForecastSnapshotRepository;
import org.smartbizflow.crm.lead.assignment.port.out.AssignmentRepository;
import org.smartbizflow.crm.lead.nurture.port.out.NurtureRepository;
import org.smartbizflow.crm.lead.port.out.LeadRepository;
import org.smartbizflow.crm.opportunity.port.out.OpportunityRepository;
import org.smartbizflow.crm.opportunity.port.out.PipelineRepository;
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
    private final InMemoryContactRepository contacts = new InMemoryContactRepository(transactions);
    private final InMemoryPipelineRepository pipelines = new InMemoryPipelineRepository(transactions);
    private final InMemoryOpportunityRepository opportunities = new InMemoryOpportunityRepository(transactions);
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository(transactions, opportunities,
            contacts);
    private final InMemoryAccountRelationshipRepository accountRelationships =
            new InMemoryAccountRelationshipRepository(transactions, accounts);
    private final InMemoryTerritoryRepository territories = new InMemoryTerritoryRepository(transactions);
    private final InMemoryActivityRepository activities = new InMemoryActivityRepository(transactions);
    private final InMemoryAssignmentRepository assignments = new InMemoryAssignmentRepository(transactions);
    private final InMemoryNurtureRepository nurture = new InMemoryNurtureRepository(transactions);
    private final InMemoryCatalogRepository catalog = new InMemoryCatalogRepository(transactions);
    private final InMemoryLineItemRepository lineItems = new InMemoryLineItemRepository(transactions);
    private final InMemoryQuoteRepository quotes = new InMemoryQuoteRepository(transactions);
    private final InMemoryProposalRepository proposals = new InMemoryProposalRepository(transactions);
    private final InMemoryContractRepository contracts = new InMemoryContractRepository(transactions);
    private final InMemoryConsentRepository consents = new InMemoryConsentRepository(transactions, contacts);
    private final InMemoryActivityPlaybookRepository activityPlaybooks =
            new InMemoryActivityPlaybookRepository(transactions);
    private final InMemoryContactAccountLinkRepository contactAccountLinks =
            new InMemoryContactAccountLinkRepository(transactions, contacts);
    private final InMemorySegmentRepository segments = new InMemorySegmentRepository(transactions);
    private final InMemoryContactListRepository contactLists = new InMemoryContactListRepository(transactions,
            contacts);

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
    public ContactRepository contacts() {
        return contacts;
    }

    @Override
    public PipelineRepository pipelines() {
        return pipelines;
    }

    @Override
    public OpportunityRepository opportunities() {
        return opportunities;
    }

    @Override
    public AccountRepository accounts() {
        return accounts;
    }

    @Override
    public AccountRelationshipRepository accountRelationships() {
        return accountRelationships;
    }

    @Override
    public TerritoryRepository territories() {
        return territories;
    }

    @Override
    public ActivityRepository activities() {
        return activities;
    }

    @Override
    public AssignmentRepository assignments() {
        return assignments;
    }

    @Override
    public NurtureRepository nurture() {
        return nurture;
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

    @Override
    public ConsentRepository consents() {
        return consents;
    }

    @Override
    public ActivityPlaybookRepository activityPlaybooks() {
        return activityPlaybooks;
    }

    @Override
    public org.smartbizflow.crm.contact.port.out.ContactAccountLinkRepository contactAccountLinks() {
        return contactAccountLinks;
    }

    @Override
    public org.smartbizflow.crm.contact.port.out.SegmentRepository segments() {
        return segments;
    }

    @Override
    public org.smartbizflow.crm.contact.port.out.ContactListRepository contactLists() {
        return contactLists;
    }
}
