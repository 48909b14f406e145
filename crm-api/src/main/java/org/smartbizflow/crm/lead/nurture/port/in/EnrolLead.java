package org.smartbizflow.crm.lead.nurture.port.in;

import jakarta.validation.constraints.NotNull;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.nurture.NurtureSequenceId;

/**
 * Enrol a lead in a sequence; its first step is due at once.
 *
 * @param leadId     the lead
 * @param sequenceId the sequence
 */
public record EnrolLead(@NotNull LeadId leadId, @NotNull NurtureSequenceId sequenceId) {
}
