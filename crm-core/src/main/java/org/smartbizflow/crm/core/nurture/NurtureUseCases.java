package org.smartbizflow.crm.core.nurture;

import java.util.Set;
import java.util.function.Consumer;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.lead.LeadEvent;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.nurture.Enrolment;
import org.smartbizflow.crm.lead.nurture.port.in.Nurturing;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.DomainEvent;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/** Binds the nurture use cases to a tenant and actor, and ends enrolments of leads that leave the funnel. */
public final class NurtureUseCases {

    private NurtureUseCases() {
    }

    public static Nurturing bind(CoreRuntime runtime, CallContext context) {
        return new NurtureService(runtime, context);
    }

    /**
     * The in-transaction reaction that ends a lead's active enrolments when it is converted,
     * disqualified, merged into another lead or deleted, whichever use case did it.
     */
    public static Consumer<DomainEvent> endEnrolmentsOfLeavingLeads(CoreRuntime runtime) {
        return event -> {
            if (event instanceof LeadEvent.LeadStatusChanged changed) {
                String reason = NurtureService.leaveReason(changed.to());
                if (reason != null) {
                    endAll(runtime, changed.tenantId(), changed.leadId(), reason, changed.changedBy(), event);
                }
            } else if (event instanceof LeadEvent.LeadsMerged merged) {
                endAll(runtime, merged.tenantId(), merged.mergedLead(), "the lead was merged into " + merged.leadId(),
                        merged.mergedBy(), event);
            } else if (event instanceof LeadEvent.LeadDeleted deleted) {
                endAll(runtime, deleted.tenantId(), deleted.leadId(), "the lead was deleted", deleted.deletedBy(), event);
            }
        };
    }

    private static void endAll(CoreRuntime runtime, TenantId tenant, LeadId lead, String reason, UserId by,
                               DomainEvent event) {
        CallContext context = new CallContext(tenant, new Actor(by, Set.of(), Set.of(), Set.of()));
        for (Enrolment enrolment : runtime.persistence().nurture().activeEnrolments(tenant, lead)) {
            NurtureService.end(runtime, context, enrolment, reason, event.occurredAt());
        }
    }
}
