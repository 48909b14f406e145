package org.smartbizflow.crm.lead.assignment.port.in;

import jakarta.validation.constraints.NotNull;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.assignment.LeadProfile;

/**
 * Record (or correct) what routing knows about an existing lead.
 *
 * @param leadId  the lead
 * @param profile country, territory and company size
 */
public record RecordLeadProfile(@NotNull LeadId leadId, @NotNull LeadProfile profile) {
}
