package org.smartbizflow.crm.contact;

import java.time.Instant;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * A contact's state at one version: what queries return and what storage adapters persist.
 *
 * @param id        identity
 * @param tenantId  owning tenant
 * @param ownerId   the user responsible for the contact
 * @param profile   name, channels, employer and the host's fields
 * @param reportsTo the contact's manager, or null
 * @param version   optimistic-concurrency version, 0 when first stored
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param erasedAt  when its personal data was erased (GDPR), or null
 */
public record ContactView(ContactId id, TenantId tenantId, UserId ownerId, ContactProfile profile,
                          ContactId reportsTo, long version, Instant createdAt, Instant updatedAt, Instant erasedAt) {

    public ContactView {
        Preconditions.notNull(id, "id");
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(ownerId, "ownerId");
        Preconditions.notNull(profile, "profile");
        Preconditions.check(!id.equals(reportsTo), "reportsTo", "a contact cannot report to itself");
        Preconditions.check(version >= 0, "version", "must not be negative");
        Preconditions.notNull(createdAt, "createdAt");
        Preconditions.notNull(updatedAt, "updatedAt");
    }

    /** The same state at another version: what a store keeps after an insert or update. */
    public ContactView withVersion(long newVersion) {
        return new ContactView(id, tenantId, ownerId, profile, reportsTo, newVersion, createdAt, updatedAt, erasedAt);
    }

    public String name() {
        return profile.name();
    }

    public boolean erased() {
        return erasedAt != null;
    }
}
