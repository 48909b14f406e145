package org.smartbizflow.crm.core.opportunity;

import java.util.Collection;
import java.util.function.Consumer;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.opportunity.port.in.Forecasts;
import org.smartbizflow.crm.opportunity.port.in.Opportunities;
import org.smartbizflow.crm.opportunity.port.in.Pipelines;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.DomainEvent;

/**
 * Binds the pipeline and opportunity use cases to a tenant and actor; used by the CRM session.
 * Also supplies the deals' reaction to completed activities, which the CRM wires in, and the
 * re-estimation other contexts ask for when they move activities onto deals.
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
     * it is completed or logged as completed, and the deals a completed one is filed under or
     * taken away from, whichever use case did it, so that the activity context needs to know
     * nothing about deals; does nothing without a win-probability model.
     */
    public static Consumer<DomainEvent> reestimateDealsOfCompletedActivities(CoreRuntime runtime) {
        return new CompletedActivityReestimation(runtime);
    }

    /**
     * Re-estimates, in the caller's transaction, the open deals among {@code deals} whose
     * probability is not set by hand, for a use case that changed their activities without an
     * activity event (a lead's conversion files the lead's activities under its new deal);
     * does nothing without a win-probability model.
     */
    public static void reestimate(CoreRuntime runtime, CallContext context, Collection<OpportunityId> deals) {
        CompletedActivityReestimation.reestimateOpen(runtime, context, deals);
    }
}
