package org.smartbizflow.crm.lead.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadStatus;

/**
 * Move a lead to another status.
 *
 * @param leadId          the lead
 * @param status          the target status
 * @param expectedVersion the version the caller saw, or null to skip that check; a stale
 *                        version fails with a concurrency conflict instead of overwriting
 */
public record ChangeLeadStatus(@NotNull LeadId leadId, @NotNull LeadStatus status,
                               @PositiveOrZero Long expectedVersion) {

    public static ChangeLeadStatus of(LeadId leadId, LeadStatus status) {
        return new ChangeLeadStatus(leadId, status, null);
    }
}
