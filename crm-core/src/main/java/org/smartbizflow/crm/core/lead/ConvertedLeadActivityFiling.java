package org.smartbizflow.crm.core.lead;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.smartbizflow.crm.activity.ActivityEvent;
import org.smartbizflow.crm.activity.LinkedRecordType;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.lead.Conversion;
import org.smartbizflow.crm.lead.Lead;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.shared.DomainEvent;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Files an activity about a converted lead under what the lead became (its contact, account and
 * deal), in the transaction that logs the activity or adds the lead to it, as the conversion did
 * for the activities before it: the history stays whole on the new records, and the lead keeps
 * its link. Runs before the deals' reaction to completed activities, so a completed call logged
 * on a converted lead counts for the deal at once.
 */
final class ConvertedLeadActivityFiling implements Consumer<DomainEvent> {

    private final CoreRuntime runtime;

    ConvertedLeadActivityFiling(CoreRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void accept(DomainEvent event) {
        if (event instanceof ActivityEvent.ActivityScheduled scheduled) {
            runtime.persistence().activities().find(scheduled.tenantId(), scheduled.activityId())
                    .ifPresent(activity -> file(scheduled.tenantId(), activity.view().links()));
        } else if (event instanceof ActivityEvent.ActivityEdited edited && !edited.linksAdded().isEmpty()) {
            file(edited.tenantId(), edited.linksAdded());
        }
    }

    /** Files the lead's activities under what it became, for each converted lead among {@code links}. */
    private void file(TenantId tenant, Collection<RecordLink> links) {
        for (RecordLink link : links) {
            if (link.type() != LinkedRecordType.LEAD) {
                continue;
            }
            LeadView lead = runtime.persistence().leads().find(tenant, LeadId.of(link.recordId()))
                    .map(Lead::view).orElse(null);
            Conversion conversion = lead == null ? null : lead.conversion();
            if (conversion != null) {
                runtime.persistence().activities().linkAlso(tenant, link, became(conversion),
                        runtime.clock().instant());
            }
        }
    }

    static List<RecordLink> became(Conversion conversion) {
        List<RecordLink> became = new ArrayList<>(List.of(RecordLink.contact(conversion.contactId()),
                RecordLink.account(conversion.accountId())));
        if (conversion.opportunityId() != null) {
            became.add(RecordLink.opportunity(conversion.opportunityId()));
        }
        return became;
    }
}
