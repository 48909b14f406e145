package org.smartbizflow.crm.lead.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.Qualification;
import org.smartbizflow.crm.lead.ReasonCode;

/**
 * Disqualify a lead for a reason.
 *
 * @param leadId the lead
 * @param reason the reason code
 * @param note   optional free text
 */
public record DisqualifyLead(@NotNull LeadId leadId, @NotNull ReasonCode reason,
                             @Size(max = Qualification.TEXT_MAX) String note) {
}
