package org.smartbizflow.crm.core;

import org.smartbizflow.crm.account.port.in.Accounts;
import org.smartbizflow.crm.activity.port.in.Activities;
import org.smartbizflow.crm.activity.port.in.ActivityPlaybookUseCase;
import org.smartbizflow.crm.contact.port.in.Contacts;
import org.smartbizflow.crm.core.account.AccountUseCases;
import org.smartbizflow.crm.core.activity.ActivityPlaybookUseCases;
import org.smartbizflow.crm.core.activity.ActivityUseCases;
import org.smartbizflow.crm.core.contact.ContactUseCases;
import org.smartbizflow.crm.core.lead.LeadAssignmentUseCases;
import org.smartbizflow.crm.core.lead.LeadUseCases;
import org.smartbizflow.crm.core.nurture.NurtureUseCases;
import org.smartbizflow.crm.core.opportunity.OpportunityUseCases;
import org.smartbizflow.crm.core.privacy.PrivacyUseCases;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.core.sales.SalesUseCases;
import org.smartbizflow.crm.lead.assignment.port.in.LeadAssignment;
import org.smartbizflow.crm.lead.nurture.port.in.Nurturing;
import org.smartbizflow.crm.lead.port.in.Leads;
import org.smartbizflow.crm.account.port.in.AccountChurnUseCase;
import org.smartbizflow.crm.lead.port.in.ScoreLeadsUseCase;
import org.smartbizflow.crm.opportunity.port.in.Forecasts;
import org.smartbizflow.crm.opportunity.port.in.Opportunities;
import org.smartbizflow.crm.opportunity.port.in.Pipelines;
import org.smartbizflow.crm.privacy.port.in.Privacy;
import org.smartbizflow.crm.sales.port.in.Sales;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.TenantId;

/**
 * The CRM's use cases for one tenant and acting user, bound once per request so that no call
 * needs to pass them. Cheap to create; not meant to outlive the request.
 */
public final class CrmSession {

    private final CoreRuntime runtime;
    private final CallContext context;
    private Leads leads;
    private Contacts contacts;
    private Privacy privacy;
    private Opportunities opportunities;
    private Pipelines pipelines;
    private Accounts accounts;
    private Activities activities;
    private ActivityPlaybookUseCase activityPlaybook;
    private LeadAssignment leadAssignment;
    private Nurturing nurturing;
    private Sales sales;
    private ScoreLeadsUseCase leadScores;

    CrmSession(CoreRuntime runtime, CallContext context) {
        this.runtime = runtime;
        this.context = context;
    }

    public TenantId tenantId() {
        return context.tenantId();
    }

    public Actor actor() {
        return context.actor();
    }

    /** Capture, read, search and qualify leads. */
    public Leads leads() {
        if (leads == null) {
            leads = LeadUseCases.bind(runtime, context);
        }
        return leads;
    }

    /**
     * Lead scores through the configured {@code LeadScorer}: score a lead now, read its latest
     * score with the factors behind it, and re-score every stale lead after the rules changed.
     */
    public ScoreLeadsUseCase leadScores() {
        if (leadScores == null) {
            leadScores = LeadUseCases.scores(runtime, context);
        }
        return leadScores;
    }

    /** Account churn risk through the configured {@code ChurnRiskModel}, with the attributes it was given. */
    public AccountChurnUseCase accountChurn() {
        return AccountUseCases.churn(runtime, context);
    }

    /** Create, read, search and edit contacts. */
    public Contacts contacts() {
        if (contacts == null) {
            contacts = ContactUseCases.bind(runtime, context);
        }
        return contacts;
    }

    /** Create, read, edit and move deals through their pipelines. */
    public Opportunities opportunities() {
        if (opportunities == null) {
            opportunities = OpportunityUseCases.opportunities(runtime, context);
        }
        return opportunities;
    }

    /** Configure pipelines and their stages; the default pipeline is created on first use. */
    public Pipelines pipelines() {
        if (pipelines == null) {
            pipelines = OpportunityUseCases.pipelines(runtime, context);
        }
        return pipelines;
    }

    /** Forecasts of the tenant's pipeline through the configured pipeline forecaster. */
    public Forecasts forecasts() {
        return OpportunityUseCases.forecasts(runtime, context);
    }

    /** Create, read, search and organise accounts: hierarchy, relationships, territories, compliance. */
    public Accounts accounts() {
        if (accounts == null) {
            accounts = AccountUseCases.bind(runtime, context);
        }
        return accounts;
    }

    /** Calls, meetings, tasks, e-mails and notes: scheduling, calendars, reminders, templates, analytics. */
    public Activities activities() {
        if (activities == null) {
            activities = ActivityUseCases.bind(runtime, context);
        }
        return activities;
    }

    /**
     * The tenant's activity templates and follow-up rules as data: create, update, delete and
     * list them at run time (the CRM builder's playbook is every tenant's default).
     */
    public ActivityPlaybookUseCase activityPlaybook() {
        if (activityPlaybook == null) {
            activityPlaybook = ActivityPlaybookUseCases.bind(runtime, context);
        }
        return activityPlaybook;
    }

    /** Assignment rules: round-robin teams with capacities, ordered rules, routing on capture and reassignment. */
    public LeadAssignment leadAssignment() {
        if (leadAssignment == null) {
            leadAssignment = LeadAssignmentUseCases.bind(runtime, context);
        }
        return leadAssignment;
    }

    /** Nurture sequences, enrolments, and the due-step run a host's scheduler calls. */
    public Nurturing nurturing() {
        if (nurturing == null) {
            nurturing = NurtureUseCases.bind(runtime, context);
        }
        return nurturing;
    }

    /** Catalogue and prices, deal line items, quotes, proposals and contracts. */
    public Sales sales() {
        if (sales == null) {
            sales = SalesUseCases.bind(runtime, context);
        }
        return sales;
    }

    /** Data-protection requests: export everything held about a person, or erase them. */
    public Privacy privacy() {
        if (privacy == null) {
            privacy = PrivacyUseCases.bind(runtime, context);
        }
        return privacy;
    }
}
