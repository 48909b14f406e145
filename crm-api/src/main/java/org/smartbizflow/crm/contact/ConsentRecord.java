package org.smartbizflow.crm.contact;

import java.time.Instant;
import java.util.UUID;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * One change of a contact's consent on one channel: the proof a tenant keeps of who agreed or
 * withdrew, on which lawful basis, through which source, and when. Records are only ever
 * appended.
 *
 * @param id          identity
 * @param tenantId    tenant
 * @param contactId   the contact
 * @param channel     the channel
 * @param status      the status the change led to
 * @param lawfulBasis the lawful basis named
 * @param source      where it came from, e.g. {@code web-form:newsletter}
 * @param recordedBy  who recorded it (the system actor for confirmations by the contact)
 * @param recordedAt  when
 */
public record ConsentRecord(UUID id, TenantId tenantId, ContactId contactId, Channel channel, ConsentStatus status,
                            LawfulBasis lawfulBasis, String source, UserId recordedBy, Instant recordedAt) {

    public ConsentRecord {
        Preconditions.notNull(id, "id");
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(contactId, "contactId");
        Preconditions.notNull(channel, "channel");
        Preconditions.notNull(status, "status");
        Preconditions.notNull(lawfulBasis, "lawfulBasis");
        source = Preconditions.maxLength(Preconditions.notBlank(source, "source"), ChannelConsent.SOURCE_MAX,
                "source");
        Preconditions.notNull(recordedBy, "recordedBy");
        Preconditions.notNull(recordedAt, "recordedAt");
    }
}
