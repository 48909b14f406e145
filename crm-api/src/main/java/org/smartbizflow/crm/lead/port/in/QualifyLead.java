package org.smartbizflow.crm.lead.port.in;

import jakarta.validation.constraints.NotNull;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.Qualification;

/**
 * Qualify a lead with what was found out about it.
 *
 * @param leadId   the lead
 * @param findings budget, authority, need and timeline (any may be null)
 */
public record QualifyLead(@NotNull LeadId leadId, @NotNull Qualification findings) {
}
