package org.smartbizflow.crm.core.opportunity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.smartbizflow.crm.activity.Activity;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.ActivityStatus;
import org.smartbizflow.crm.activity.ActivityType;
import org.smartbizflow.crm.activity.ActivityView;
import org.smartbizflow.crm.activity.LinkedRecordType;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.core.runtime.ActivityTouch;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.opportunity.Opportunity;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.opportunity.OpportunityView;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.DomainEvent;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * Re-estimates the open deals whose count of completed calls, meetings and e-mails an activity
 * changes, in the transaction that changes it: the deals it is linked to when it is completed
 * or logged as completed, and the deals a completed one is filed under or taken away from by an
 * edit. The counts are features of the win-probability model, and without this a deal's
 * estimate would lag until the host's next refresh. The change is stored like any estimate
 * (audit, history, event), by whoever changed the activity (its owner when it was logged as
 * done). Deals whose probability is set by hand, and closed deals, stay as they are.
 */
final class CompletedActivityReestimation implements Consumer<DomainEvent> {

    private final CoreRuntime runtime;

    CompletedActivityReestimation(CoreRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void accept(DomainEvent event) {
        if (runtime.dealPorts().winProbability() == null) {
            return;
        }
        // a planned activity changes no count yet (reestimate checks it is completed); the deals
        // a re-filed one left count one activity less, those it is filed under now one more
        ActivityTouch.of(event).ifPresent(touch ->
                reestimate(touch.tenantId(), touch.activityId(), touch.by(), touch.left()));
    }

    /** Re-estimates the open deals the activity is filed under, and those among {@code left}. */
    private void reestimate(TenantId tenant, ActivityId activityId, UserId by, Collection<RecordLink> left) {
        ActivityView activity = runtime.persistence().activities().find(tenant, activityId)
                .map(Activity::view).orElse(null);
        // tasks and notes are not contact with the customer: the model's features do not count them
        if (activity == null || activity.status() != ActivityStatus.COMPLETED
                || activity.type() == ActivityType.TASK || activity.type() == ActivityType.NOTE) {
            return;
        }
        Set<RecordLink> links = new TreeSet<>(activity.links());
        links.addAll(left);
        List<OpportunityId> deals = new ArrayList<>();
        for (RecordLink link : links) {
            if (link.type() == LinkedRecordType.OPPORTUNITY) {
                deals.add(OpportunityId.of(link.recordId()));
            }
        }
        CallContext context = new CallContext(tenant, new Actor(by, Set.of(), Set.of(), Set.of()));
        reestimateOpen(runtime, context, deals);
    }

    /**
     * Asks the model again about those of {@code deals} that are open and not set by hand
     * ({@code OpportunityService.applyModel} leaves the others); nothing without a model.
     */
    static void reestimateOpen(CoreRuntime runtime, CallContext context, Collection<OpportunityId> deals) {
        if (runtime.dealPorts().winProbability() == null) {
            return;
        }
        List<OpportunityView> found = new ArrayList<>();
        for (OpportunityId id : deals) {
            runtime.persistence().opportunities().find(context.tenantId(), id).map(Opportunity::view)
                    .ifPresent(found::add);
        }
        new OpportunityService(runtime, context).applyModel(found, runtime.clock().instant());
    }
}
