package org.smartbizflow.crm.lead.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.smartbizflow.crm.lead.LeadId;

/**
 * Store a lead's latest score, so that searches can filter and sort by it.
 *
 * @param leadId the lead
 * @param score  0 to 100, or null to clear it
 */
public record RecordLeadScore(@NotNull LeadId leadId, @Min(0) @Max(100) Integer score) {
}
