package org.smartbizflow.crm.lead.nurture.port.out;

import java.time.Instant;
import java.util.UUID;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * A task a nurture step asks to have created for a lead's owner.
 *
 * @param id       the task's id (from the CRM's id generator), so a retried creation can be recognised
 * @param tenantId tenant
 * @param leadId   the lead it is about
 * @param assignee who should do it (the lead's owner)
 * @param subject  what to do
 * @param dueAt    when it is due
 */
public record FollowUpTask(UUID id, TenantId tenantId, LeadId leadId, UserId assignee, String subject, Instant dueAt) {

    public FollowUpTask {
        Preconditions.notNull(id, "id");
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(leadId, "leadId");
        Preconditions.notNull(assignee, "assignee");
        Preconditions.notBlank(subject, "subject");
        Preconditions.notNull(dueAt, "dueAt");
    }
}
