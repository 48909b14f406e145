package org.smartbizflow.crm.core.lead;

import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.lead.assignment.port.in.LeadAssignment;
import org.smartbizflow.crm.shared.CallContext;

/** Binds the assignment use cases to a tenant and actor; used by the CRM session. */
public final class LeadAssignmentUseCases {

    private LeadAssignmentUseCases() {
    }

    public static LeadAssignment bind(CoreRuntime runtime, CallContext context) {
        return new LeadAssignmentService(runtime, context);
    }
}
