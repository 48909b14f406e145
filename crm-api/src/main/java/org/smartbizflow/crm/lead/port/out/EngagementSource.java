package org.smartbizflow.crm.lead.port.out;

import java.util.List;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.scoring.EngagementEvent;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Engagement the host knows of and the CRM does not (e-mails opened and clicked in its
 * marketing system, forms submitted, web visits, webinars), handed to the lead scorer with the
 * calls, meetings and e-mails the CRM records as activities. Called inside the scoring
 * transaction; it should read, not write.
 */
@FunctionalInterface
public interface EngagementSource {

    /** No engagement beyond the CRM's own activities. */
    EngagementSource NONE = (tenantId, leadId) -> List.of();

    /** The lead's engagement events, in any order. */
    List<EngagementEvent> engagements(TenantId tenantId, LeadId leadId);
}
