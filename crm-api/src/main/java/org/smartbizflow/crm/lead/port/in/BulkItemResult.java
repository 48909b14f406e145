package org.smartbizflow.crm.lead.port.in;

import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * The result for one lead of a bulk operation.
 *
 * @param leadId  the lead
 * @param outcome what happened
 * @param reason  why, for outcomes other than {@link BulkOutcome#APPLIED}; null otherwise
 */
public record BulkItemResult(LeadId leadId, BulkOutcome outcome, String reason) {

    public BulkItemResult {
        Preconditions.notNull(leadId, "leadId");
        Preconditions.notNull(outcome, "outcome");
    }
}
