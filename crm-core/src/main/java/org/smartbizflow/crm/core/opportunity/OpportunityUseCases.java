package org.smartbizflow.crm.core.opportunity;

import java.util.function.Consumer;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.opportunity.port.in.Forecasts;
import org.smartbizflow.crm.opportunity.port.in.Opportunities;
import org.smartbizflow.crm.opportunity.port.in.Pipelines;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.DomainEvent;

/**
 * Binds the pipeline and opportunity use cases to a tenant and actor; used by the CRM session.
 * Also supplies the deals' reaction to completed activities, which the CRM wires in.
 */
public final class OpportunityUseCases {

    private OpportunityUseCases() {
    }

    public static Opportunities opportunities(CoreRuntime runtime, CallContext context) {
        return new OpportunityService(runtime, context);
    }

    public static Pipelines pipelines(CoreRuntime runtime, CallContext context) {
        return new PipelineService(runtime, context);
    }

    public static Forecasts forecasts(CoreRuntime runtime, CallContext context) {
        return new ForecastService(runtime, context);
    }

    /**
     * The in-transaction reaction that re-estimates the open deals linked to an activity when
     * it is completed or logged as completed, whichever use case did it, so that the activity
     * context needs to know nothing about deals; does nothing without a win-probability model.
     */
    public static Consumer<DomainEvent> reestimateDealsOfCompletedActivities(CoreRuntime runtime) {
        return new CompletedActivityReestimation(runtime);
    }
}
