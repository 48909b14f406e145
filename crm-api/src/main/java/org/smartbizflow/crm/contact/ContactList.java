package org.smartbizflow.crm.contact;

import java.time.Instant;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * A static list of contacts: a name whose members are added and removed by hand (a trade-show
 * guest list, a campaign's hand-picked audience). Members are kept apart from the list itself.
 *
 * @param id        identity
 * @param tenantId  owning tenant
 * @param name      unique within the tenant, ignoring case
 * @param ownerId   who created it (and may change or delete it, besides managers)
 * @param createdAt when it was created
 */
public record ContactList(ContactListId id, TenantId tenantId, String name, UserId ownerId, Instant createdAt) {

    public ContactList {
        Preconditions.notNull(id, "id");
        Preconditions.notNull(tenantId, "tenantId");
        name = Segment.checkName(name);
        Preconditions.notNull(ownerId, "ownerId");
        Preconditions.notNull(createdAt, "createdAt");
    }

    public ContactList renamed(String newName) {
        return new ContactList(id, tenantId, newName, ownerId, createdAt);
    }
}
