package org.smartbizflow.crm.core;

import org.smartbizflow.crm.core.lead.LeadAssignmentUseCases;
import org.smartbizflow.crm.core.lead.LeadUseCases;
import org.smartbizflow.crm.core.nurture.NurtureUseCases;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.lead.assignment.port.in.LeadAssignment;
import org.smartbizflow.crm.lead.nurture.port.in.Nurturing;
import org.smartbizflow.crm.lead.port.in.Leads;
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
    private LeadAssignment leadAssignment;
    private Nurturing nurturing;

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
}
