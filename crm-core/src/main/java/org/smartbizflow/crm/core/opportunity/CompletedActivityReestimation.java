package org.smartbizflow.crm.core.opportunity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.smartbizflow.crm.activity.Activity;
import org.smartbizflow.crm.activity.ActivityEvent;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.ActivityStatus;
import org.smartbizflow.crm.activity.ActivityType;
import org.smartbizflow.crm.activity.ActivityView;
import org.smartbizflow.crm.activity.LinkedRecordType;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.opportunity.Opportunity;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.opportunity.OpportunityView;
import org.smartbizflow.crm.opportunity.ProbabilitySource;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.DomainEvent;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * Re-estimates the open deals an activity is linked to when it is completed, or logged as
 * completed, in the transaction that completes it: the deals' activity counts are features of
 * the win-probability model, and without this a deal's estimate would lag until the host's next
 * refresh. The change is stored like any estimate (audit, history, event), by whoever completed
 * the activity (its owner when it was logged as done). Deals whose probability is set by hand,
 * and closed deals, stay as they are.
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
        if (event instanceof ActivityEvent.ActivityCompleted completed) {
            reestimate(completed.tenantId(), completed.activityId(), completed.completedBy());
        } else if (event instanceof ActivityEvent.ActivityScheduled scheduled) {
            // only a logged activity is created completed; a planned one changes no count yet
            reestimate(scheduled.tenantId(), scheduled.activityId(), scheduled.ownerId());
        }
    }

    private void reestimate(TenantId tenant, ActivityId activityId, UserId by) {
        ActivityView activity = runtime.persistence().activities().find(tenant, activityId)
                .map(Activity::view).orElse(null);
        // tasks and notes are not contact with the customer: the model's features do not count them
        if (activity == null || activity.status() != ActivityStatus.COMPLETED
                || activity.type() == ActivityType.TASK || activity.type() == ActivityType.NOTE) {
            return;
        }
        List<OpportunityView> deals = new ArrayList<>();
        for (RecordLink link : activity.links()) {
            if (link.type() == LinkedRecordType.OPPORTUNITY) {
                runtime.persistence().opportunities().find(tenant, OpportunityId.of(link.recordId()))
                        .map(Opportunity::view)
                        .filter(d -> d.isOpen() && d.probabilitySource() != ProbabilitySource.OVERRIDE)
                        .ifPresent(deals::add);
            }
        }
        if (!deals.isEmpty()) {
            CallContext context = new CallContext(tenant, new Actor(by, Set.of(), Set.of(), Set.of()));
            new OpportunityService(runtime, context).applyModel(deals, runtime.clock().instant());
        }
    }
}
