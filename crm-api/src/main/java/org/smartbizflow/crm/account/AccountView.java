package org.smartbizflow.crm.account;

import java.time.Instant;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * An account's state at one version: what queries return and what storage adapters persist.
 * Immutable; change an account through the account use cases.
 *
 * @param id        identity
 * @param tenantId  owning tenant
 * @param ownerId   the user responsible for the account
 * @param profile   what the account says about the organisation
 * @param parentId  the parent in the account hierarchy, or null for a top-level account
 * @param territoryId the territory the account is assigned to, or null
 * @param compliance KYC status, review dates, documents and screening flags
 * @param version   optimistic-concurrency version, 0 when first stored
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record AccountView(AccountId id, TenantId tenantId, UserId ownerId, AccountProfile profile, AccountId parentId,
                          TerritoryId territoryId, Compliance compliance, long version, Instant createdAt,
                          Instant updatedAt) {

    /** An account without territory and compliance data. */
    public AccountView(AccountId id, TenantId tenantId, UserId ownerId, AccountProfile profile, AccountId parentId,
                       long version, Instant createdAt, Instant updatedAt) {
        this(id, tenantId, ownerId, profile, parentId, null, Compliance.none(), version, createdAt, updatedAt);
    }

    public AccountView {
        Preconditions.notNull(compliance, "compliance");
        Preconditions.notNull(id, "id");
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(ownerId, "ownerId");
        Preconditions.notNull(profile, "profile");
        Preconditions.check(!id.equals(parentId), "parentId", "an account cannot be its own parent");
        Preconditions.check(version >= 0, "version", "must not be negative");
        Preconditions.notNull(createdAt, "createdAt");
        Preconditions.notNull(updatedAt, "updatedAt");
    }

    public String legalName() {
        return profile.legalName();
    }

    /** The name's matching key ({@link AccountNames#normalise}); stored for look-ups. */
    public String normalisedName() {
        return AccountNames.normalise(profile.legalName());
    }

    /** The same state at another version: what a store keeps after an insert or update. */
    public AccountView withVersion(long newVersion) {
        return new AccountView(id, tenantId, ownerId, profile, parentId, territoryId, compliance, newVersion, createdAt,
                updatedAt);
    }
}
