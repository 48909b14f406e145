package org.smartbizflow.crm.core.lead;

import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.lead.port.in.Leads;
import org.smartbizflow.crm.shared.CallContext;

/** Binds the lead use cases to a tenant and actor; used by the CRM session. */
public final class LeadUseCases {

    private LeadUseCases() {
    }

    public static Leads bind(CoreRuntime runtime, CallContext context) {
        return new LeadService(runtime, context);
    }
}
