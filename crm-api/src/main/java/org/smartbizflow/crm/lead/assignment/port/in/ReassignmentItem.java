package org.smartbizflow.crm.lead.assignment.port.in;

import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.port.in.BulkOutcome;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.UserId;

/**
 * The result of reassigning one lead by rules.
 *
 * @param leadId  the lead
 * @param outcome what happened
 * @param owner   the owner the rules picked (also for UNCHANGED), or null when none
 * @param rule    the rule that picked it, or null
 * @param reason  why, for outcomes other than APPLIED; null otherwise
 */
public record ReassignmentItem(LeadId leadId, BulkOutcome outcome, UserId owner, String rule, String reason) {

    public ReassignmentItem {
        Preconditions.notNull(leadId, "leadId");
        Preconditions.notNull(outcome, "outcome");
    }
}
