package org.smartbizflow.crm.account.port.out;

import java.util.List;
import java.util.Optional;
import org.smartbizflow.crm.account.Territory;
import org.smartbizflow.crm.account.TerritoryId;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Storage of territories with their assignment rules. A tenant has tens to hundreds of
 * territories, so the whole tree is read at once. Scoped by tenant; runs in the caller's
 * transaction.
 */
public interface TerritoryRepository {

    /** Stores a new territory at version 0; refuses a key the tenant already uses. */
    void insert(Territory territory);

    /**
     * Stores the territory if the stored version equals {@code territory.version()}, and
     * advances the version.
     *
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when it is stale
     * @throws org.smartbizflow.crm.shared.NotFoundException when no such territory is stored
     */
    void update(Territory territory);

    Optional<Territory> find(TenantId tenantId, TerritoryId id);

    /** Every territory of the tenant, ordered by key. */
    List<Territory> all(TenantId tenantId);
}
