package org.smartbizflow.crm.lead.assignment.port.in;

import jakarta.validation.constraints.NotNull;
import org.smartbizflow.crm.lead.assignment.LeadProfile;
import org.smartbizflow.crm.lead.port.in.CaptureLead;

/**
 * Capture a lead with the firmographics routing needs. Without an owner in the lead, the
 * assignment rules pick one; the profile is stored for later reassignment either way.
 *
 * @param lead    the lead to capture
 * @param profile country, territory and company size
 */
public record CaptureRoutedLead(@NotNull CaptureLead lead, @NotNull LeadProfile profile) {
}
