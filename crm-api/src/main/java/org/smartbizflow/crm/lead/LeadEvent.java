package org.smartbizflow.crm.lead;

import java.time.Instant;
import org.smartbizflow.crm.shared.DomainEvent;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/** Events of the lead lifecycle. */
public sealed interface LeadEvent extends DomainEvent {

    LeadId leadId();

    @Override
    default String aggregateId() {
        return leadId().toString();
    }

    /**
     * A lead was captured.
     *
     * @param tenantId   tenant
     * @param leadId     the new lead
     * @param source     its channel
     * @param ownerId    its owner
     * @param occurredAt when
     */
    record LeadCaptured(TenantId tenantId, LeadId leadId, LeadSource source, UserId ownerId, Instant occurredAt)
            implements LeadEvent {
    }

    /**
     * A lead moved through its lifecycle.
     *
     * @param tenantId   tenant
     * @param leadId     the lead
     * @param from       status before
     * @param to         status after
     * @param changedBy  who moved it
     * @param occurredAt when
     */
    record LeadStatusChanged(TenantId tenantId, LeadId leadId, LeadStatus from, LeadStatus to, UserId changedBy,
                             Instant occurredAt) implements LeadEvent {
    }
}
