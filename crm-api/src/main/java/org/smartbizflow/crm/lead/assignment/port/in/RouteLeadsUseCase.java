package org.smartbizflow.crm.lead.assignment.port.in;

import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.assignment.AssignmentDecision;
import org.smartbizflow.crm.lead.assignment.LeadProfile;
import org.smartbizflow.crm.shared.CustomFields;

/** Route leads to owners by the tenant's assignment rules. */
public interface RouteLeadsUseCase {

    /**
     * Captures the lead; without an owner in the command the rules pick one (the acting user
     * when no rule assigns it). The owner change is audited like any capture.
     */
    LeadId captureRouted(CaptureRoutedLead command);

    /** Stores the lead's profile for later routing; changes no owner. */
    void recordProfile(RecordLeadProfile command);

    /** Which owner the rules would pick now for such a lead, without assigning anything. */
    AssignmentDecision preview(LeadSource source, LeadProfile profile);

    /** Like {@link #preview(LeadSource, LeadProfile)} for a lead with these custom fields. */
    AssignmentDecision preview(LeadSource source, LeadProfile profile, CustomFields customFields);

    /** Reassigns each selected lead by the rules, one transaction and one result per lead. */
    ReassignmentReport reassign(ReassignByRules command);
}
