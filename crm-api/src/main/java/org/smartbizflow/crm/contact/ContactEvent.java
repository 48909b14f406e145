package org.smartbizflow.crm.contact;

import java.time.Instant;
import java.util.List;
import org.smartbizflow.crm.shared.DomainEvent;
import org.smartbizflow.crm.shared.FieldChange;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/** Events of a contact's life. */
public sealed interface ContactEvent extends DomainEvent {

    ContactId contactId();

    @Override
    default String aggregateId() {
        return contactId().toString();
    }

    /**
     * A contact was created.
     *
     * @param tenantId   tenant
     * @param contactId  the new contact
     * @param ownerId    its owner
     * @param createdBy  who created it
     * @param occurredAt when
     */
    record ContactCreated(TenantId tenantId, ContactId contactId, UserId ownerId, UserId createdBy,
                          Instant occurredAt) implements ContactEvent {
    }

    /**
     * A contact's profile changed.
     *
     * @param tenantId   tenant
     * @param contactId  the contact
     * @param changes    the fields that changed
     * @param changedBy  who changed them
     * @param occurredAt when
     */
    record ContactProfileChanged(TenantId tenantId, ContactId contactId, List<FieldChange> changes,
                                 UserId changedBy, Instant occurredAt) implements ContactEvent {
        public ContactProfileChanged {
            changes = List.copyOf(changes);
        }
    }

    /**
     * A contact was handed to another owner.
     *
     * @param tenantId   tenant
     * @param contactId  the contact
     * @param from       previous owner
     * @param to         new owner
     * @param changedBy  who reassigned it
     * @param occurredAt when
     */
    record ContactAssigned(TenantId tenantId, ContactId contactId, UserId from, UserId to, UserId changedBy,
                           Instant occurredAt) implements ContactEvent {
    }

    /**
     * A contact's manager changed.
     *
     * @param tenantId   tenant
     * @param contactId  the contact
     * @param from       previous manager, or null
     * @param to         new manager, or null
     * @param changedBy  who changed it
     * @param occurredAt when
     */
    record ContactReportsToChanged(TenantId tenantId, ContactId contactId, ContactId from, ContactId to,
                                   UserId changedBy, Instant occurredAt) implements ContactEvent {
    }

    /**
     * A contact's personal data was erased on request (GDPR art. 17); the record stays as an
     * anonymous shell so that counts and links to deals still add up.
     *
     * @param tenantId   tenant
     * @param contactId  the contact
     * @param erasedBy   who erased it
     * @param occurredAt when
     */
    record ContactErased(TenantId tenantId, ContactId contactId, UserId erasedBy, Instant occurredAt)
            implements ContactEvent {
    }

    /**
     * A contact's consent on a channel changed (the consent record holds the source).
     *
     * @param tenantId    tenant
     * @param contactId   the contact
     * @param channel     the channel
     * @param status      the new status
     * @param lawfulBasis the lawful basis named
     * @param changedBy   who recorded it
     * @param occurredAt  when
     */
    record ContactConsentChanged(TenantId tenantId, ContactId contactId, Channel channel, ConsentStatus status,
                                 LawfulBasis lawfulBasis, UserId changedBy, Instant occurredAt)
            implements ContactEvent {
    }

    /**
     * A contact's link to an account was made, changed, ended or removed; the audit log holds
     * the before and after.
     *
     * @param tenantId   tenant
     * @param contactId  the contact
     * @param linkId     the link
     * @param accountId  the account
     * @param linkType   the link's type (after the change)
     * @param endsOn     its last day, or null while it lasts
     * @param removed    whether the link was deleted rather than kept as history
     * @param changedBy  who changed it
     * @param occurredAt when
     */
    record ContactAccountLinkChanged(TenantId tenantId, ContactId contactId, java.util.UUID linkId,
                                     org.smartbizflow.crm.account.AccountId accountId, ContactAccountLinkType linkType,
                                     java.time.LocalDate endsOn, boolean removed, UserId changedBy,
                                     Instant occurredAt) implements ContactEvent {
    }
}
