package org.smartbizflow.crm.core;

import org.smartbizflow.crm.core.lead.LeadUseCases;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.core.sales.SalesUseCases;
import org.smartbizflow.crm.lead.port.in.Leads;
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
    private Sales sales;

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

    /** Catalogue and prices, deal line items, quotes, proposals and contracts. */
    public Sales sales() {
        if (sales == null) {
            sales = SalesUseCases.bind(runtime, context);
        }
        return sales;
    }
}
