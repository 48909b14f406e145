package org.smartbizflow.crm.persistence;

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
import org.smartbizflow.crm.sales.contract.port.out.ContractRepository;
import org.smartbizflow.crm.sales.lineitem.port.out.LineItemRepository;
import org.smartbizflow.crm.sales.product.port.out.CatalogRepository;
import org.smartbizflow.crm.sales.proposal.port.out.ProposalRepository;
import org.smartbizflow.crm.sales.quote.port.out.QuoteRepository;
import org.smartbizflow.crm.shared.port.out.AuditLog;
import org.smartbizflow.crm.shared.port.out.EventOutbox;
import org.smartbizflow.crm.shared.port.out.TransactionRunner;

/**
 * The persistence ports one storage technology provides together, because they must share
 * transactions: the in-memory store in the core module and the JPA adapter each implement
 * all of them.
 */
public interface CrmPersistence {

    TransactionRunner transactions();

    /**
     * Inside a transaction, writes what it has pending and lets go of the records it holds for
     * it, so that a long batch whose rows are flushed one by one (a contact import chunk) does
     * not slow down with every row: the JPA adapter flushes and clears the persistence context
     * it owns. Records read before must then be read again when needed. Nothing is
     * committed, and what was read stays valid as views. A store that holds nothing between
     * calls (the in-memory one, or the JPA adapter on a host's entity manager, whose context
     * may hold the host's own entities) does nothing.
     */
    default void flushAndClear() {
    }

    EventOutbox outbox();

    AuditLog auditLog();

    LeadRepository leads();

    /**
     * Forecast snapshots, stored with the rest so that a host keeps its forecast history in the
     * same database as its deals. Each call joins the caller's transaction, or runs in one of its
     * own when there is none.
     */
    ForecastSnapshotRepository forecastSnapshots();

    /** Contacts: people the tenant deals with. */
    ContactRepository contacts();

    /** Pipelines and their stages. */
    PipelineRepository pipelines();

    /** Opportunities and their stage history. */
    OpportunityRepository opportunities();
    /** Accounts, with their hierarchy, relationships, territories and compliance data. */
    AccountRepository accounts();

    /** Typed links between accounts (partner, competitor, reseller, subsidiary). */
    AccountRelationshipRepository accountRelationships();

    /** The territory tree with its assignment rules. */
    TerritoryRepository territories();
    /** Activities (calls, meetings, tasks, e-mails, notes) with their links, attendees and reminders. */
    ActivityRepository activities();
    /** Lead assignment rule sets, round-robin pointers and lead profiles. */
    AssignmentRepository assignments();

    /** Nurture sequences, enrolments, step runs and engagements. */
    NurtureRepository nurture();
    /** Products and price books. */
    CatalogRepository catalog();

    /** The line items of each deal. */
    LineItemRepository lineItems();

    /** Quotes with their revisions and the per-tenant quote numbers. */
    QuoteRepository quotes();

    /** Proposal documents and their versions. */
    ProposalRepository proposals();

    /** Contracts. */
    ContractRepository contracts();
    /** Contacts' communication preferences and consent records. */
    ConsentRepository consents();

    /** Each tenant's activity templates and follow-up rules. */
    ActivityPlaybookRepository activityPlaybooks();

    /** Contacts' typed links to accounts (works at, former, board member). */
    org.smartbizflow.crm.contact.port.out.ContactAccountLinkRepository contactAccountLinks();

    /** Saved dynamic contact segments with their criteria. */
    org.smartbizflow.crm.contact.port.out.SegmentRepository segments();

    /** Static contact lists and their members. */
    org.smartbizflow.crm.contact.port.out.ContactListRepository contactLists();
}
