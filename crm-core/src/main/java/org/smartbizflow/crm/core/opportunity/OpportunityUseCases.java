package org.smartbizflow.crm.core.opportunity;

import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.opportunity.port.in.Opportunities;
import org.smartbizflow.crm.opportunity.port.in.Pipelines;
import org.smartbizflow.crm.shared.CallContext;

/** Binds the pipeline and opportunity use cases to a tenant and actor; used by the CRM session. */
public final class OpportunityUseCases {

    private OpportunityUseCases() {
    }

    public static Opportunities opportunities(CoreRuntime runtime, CallContext context) {
        return new OpportunityService(runtime, context);
    }

    public static Pipelines pipelines(CoreRuntime runtime, CallContext context) {
        return new PipelineService(runtime, context);
    }
}
