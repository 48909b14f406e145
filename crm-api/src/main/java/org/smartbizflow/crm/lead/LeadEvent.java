package org.smartbizflow.crm.lead;

import java.time.Instant;
import java.util.List;
import org.smartbizflow.crm.shared.DomainEvent;
import org.smartbizflow.crm.shared.FieldChange;
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

    /**
     * A lead's contact details were corrected.
     *
     * @param tenantId   tenant
     * @param leadId     the lead
     * @param changes    the fields that changed
     * @param changedBy  who changed them
     * @param occurredAt when
     */
    record LeadDetailsChanged(TenantId tenantId, LeadId leadId, List<FieldChange> changes, UserId changedBy,
                              Instant occurredAt) implements LeadEvent {
        public LeadDetailsChanged {
            changes = List.copyOf(changes);
        }
    }

    /**
     * A lead was handed to another owner.
     *
     * @param tenantId   tenant
     * @param leadId     the lead
     * @param from       previous owner
     * @param to         new owner
     * @param changedBy  who reassigned it
     * @param occurredAt when
     */
    record LeadAssigned(TenantId tenantId, LeadId leadId, UserId from, UserId to, UserId changedBy,
                        Instant occurredAt) implements LeadEvent {
    }

    /**
     * One lead was merged into another.
     *
     * @param tenantId   tenant
     * @param leadId     the survivor
     * @param mergedLead the lead merged into it, now a tombstone
     * @param mergedBy   who merged them
     * @param occurredAt when
     */
    record LeadsMerged(TenantId tenantId, LeadId leadId, LeadId mergedLead, UserId mergedBy, Instant occurredAt)
            implements LeadEvent {
    }

    /**
     * A lead was deleted.
     *
     * @param tenantId   tenant
     * @param leadId     the lead
     * @param deletedBy  who deleted it
     * @param occurredAt when
     */
    record LeadDeleted(TenantId tenantId, LeadId leadId, UserId deletedBy, Instant occurredAt) implements LeadEvent {
    }

    /**
     * A qualified lead was converted: what analytics count as a conversion.
     *
     * @param tenantId      tenant
     * @param leadId        the lead
     * @param accountId     the account it became part of
     * @param contactId     the contact it became
     * @param opportunityId the opportunity opened, or null
     * @param source        the lead's channel
     * @param campaignId    the lead's campaign, or null
     * @param ownerId       the lead's owner
     * @param convertedBy   who converted it
     * @param occurredAt    when
     */
    record LeadConverted(TenantId tenantId, LeadId leadId, org.smartbizflow.crm.account.AccountId accountId,
                         org.smartbizflow.crm.contact.ContactId contactId,
                         org.smartbizflow.crm.opportunity.OpportunityId opportunityId, LeadSource source,
                         String campaignId, UserId ownerId, UserId convertedBy, Instant occurredAt)
            implements LeadEvent {
    }

    /**
     * A chunk of an import stored new leads. Imports record one event per chunk rather than
     * one per lead, so that a million-row import does not write a million outbox rows.
     *
     * @param tenantId   tenant
     * @param importId   identifies the import run
     * @param leadIds    the leads stored by this chunk
     * @param occurredAt when
     */
    record LeadsImported(TenantId tenantId, java.util.UUID importId, List<LeadId> leadIds, Instant occurredAt)
            implements DomainEvent {
        public LeadsImported {
            leadIds = List.copyOf(leadIds);
        }

        @Override
        public String aggregateId() {
            return importId.toString();
        }
    }
}
