package org.smartbizflow.crm.sales.lineitem.port.out;

import java.util.Optional;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.lineitem.LineItems;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Storage of each deal's line items, scoped by tenant, with optimistic versions. Runs inside
 * the caller's transaction.
 */
public interface LineItemRepository {

    Optional<LineItems> find(TenantId tenantId, OpportunityId opportunityId);

    /**
     * Stores the lines of a deal that has none stored yet, at version 0.
     *
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when lines of that deal
     *         were stored meanwhile
     */
    void insert(LineItems items);

    /**
     * Replaces the stored lines if the stored version still equals {@code items.version()},
     * and advances the version by one.
     *
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when the stored version differs
     * @throws org.smartbizflow.crm.shared.NotFoundException when no lines of the deal are stored
     */
    void update(LineItems items);
}
