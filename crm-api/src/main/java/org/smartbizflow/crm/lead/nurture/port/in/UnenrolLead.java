package org.smartbizflow.crm.lead.nurture.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.smartbizflow.crm.lead.nurture.Enrolment;
import org.smartbizflow.crm.lead.nurture.EnrolmentId;

/**
 * End an enrolment before its sequence does.
 *
 * @param enrolmentId the enrolment
 * @param reason      why, kept with the enrolment
 */
public record UnenrolLead(@NotNull EnrolmentId enrolmentId, @NotBlank @Size(max = Enrolment.REASON_MAX) String reason) {
}
