package org.smartbizflow.crm.core.lead;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.smartbizflow.crm.lead.Lead;
import org.smartbizflow.crm.lead.LeadEvent;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadStatus;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.DomainEvent;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-scores a lead in the transaction that changed it: after its capture, an edit (other than
 * of the score itself), a status change, a merge into it or its conversion, and after a call,
 * meeting or e-mail filed under it is logged, completed or re-filed. (Nurture e-mail engagement
 * re-scores through {@link LeadUseCases#rescore}, since it records no event.) Imports are left to a bulk
 * re-score, since a lead of an import has no score yet and counts as stale. A scorer that fails
 * does not undo the change: the lead keeps its earlier score (and stays stale) and the failure
 * is logged.
 */
final class ChangedLeadRescoring implements Consumer<List<? extends DomainEvent>> {

    private static final Logger LOG = LoggerFactory.getLogger(ChangedLeadRescoring.class);

    private final CoreRuntime runtime;

    ChangedLeadRescoring(CoreRuntime runtime) {
        this.runtime = runtime;
    }

    /** The events one change recorded: each lead they touch is re-scored once, after all of them. */
    @Override
    public void accept(List<? extends DomainEvent> events) {
        if (runtime.scoring().scorer() == null) {
            return;
        }
        Map<LeadId, Touched> leads = new LinkedHashMap<>();
        for (DomainEvent event : events) {
            touchedLeads(event, (tenant, lead, by) -> leads.putIfAbsent(lead, new Touched(tenant, by)));
        }
        leads.forEach((lead, touched) -> rescoreKeepingFailures(runtime, touched.tenant(), lead, touched.by()));
    }

    private record Touched(TenantId tenant, UserId by) {
    }

    @FunctionalInterface
    private interface LeadSink {
        void add(TenantId tenant, LeadId lead, UserId by);
    }

    private void touchedLeads(DomainEvent event, LeadSink sink) {
        if (event instanceof LeadEvent.LeadCaptured captured) {
            sink.add(captured.tenantId(), captured.leadId(), captured.ownerId());
        } else if (event instanceof LeadEvent.LeadDetailsChanged changed
                && changed.changes().stream().anyMatch(c -> !"score".equals(c.field()))) {
            sink.add(changed.tenantId(), changed.leadId(), changed.changedBy());
        } else if (event instanceof LeadEvent.LeadStatusChanged changed && changed.to() != LeadStatus.MERGED) {
            sink.add(changed.tenantId(), changed.leadId(), changed.changedBy());
        } else if (event instanceof LeadEvent.LeadsMerged merged) {
            sink.add(merged.tenantId(), merged.leadId(), merged.mergedBy());
        } else if (event instanceof LeadEvent.LeadConverted converted) {
            sink.add(converted.tenantId(), converted.leadId(), converted.convertedBy());
        } else {
            ActivityTouch.of(event).ifPresent(touch ->
                    leadsOf(touch.tenantId(), touch.activityId(), touch.by(), touch.left(), sink));
        }
    }

    private void leadsOf(TenantId tenant, ActivityId activityId, UserId by, List<RecordLink> left, LeadSink sink) {
        ActivityView activity = runtime.persistence().activities().find(tenant, activityId)
                .map(Activity::view).orElse(null);
        // only completed calls, meetings and e-mails are engagement
        if (activity == null || activity.status() != ActivityStatus.COMPLETED
                || activity.type() == ActivityType.TASK || activity.type() == ActivityType.NOTE) {
            return;
        }
        Set<RecordLink> links = new LinkedHashSet<>(activity.links());
        links.addAll(left);
        for (RecordLink link : links) {
            if (link.type() == LinkedRecordType.LEAD) {
                sink.add(tenant, LeadId.of(link.recordId()), by);
            }
        }
    }

    /**
     * Re-scores the lead in the caller's transaction if a scorer is configured; a scorer that
     * fails leaves the earlier score and is logged.
     */
    static void rescoreKeepingFailures(CoreRuntime runtime, TenantId tenant, LeadId leadId, UserId by) {
        if (runtime.scoring().scorer() == null) {
            return;
        }
        Lead lead = runtime.persistence().leads().find(tenant, leadId).orElse(null);
        if (lead == null || lead.status() == LeadStatus.MERGED) {
            return;
        }
        CallContext context = new CallContext(tenant, new Actor(by, Set.of(), Set.of(), Set.of()));
        LeadScoreKeeper keeper = new LeadScoreKeeper(runtime);
        org.smartbizflow.crm.lead.LeadScore score;
        try {
            score = keeper.score(leadId, keeper.profile(context, lead.view()));
        } catch (RuntimeException scorerFailed) {
            LOG.warn("lead {} of tenant {} was not re-scored; it keeps its earlier score: {}", leadId, tenant,
                    scorerFailed.toString());
            return;
        }
        keeper.keep(context, lead, score);
    }
}
