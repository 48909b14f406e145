package org.smartbizflow.crm.jpa.internal.sales;

import jakarta.persistence.EntityManager;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.lineitem.LineItems;
import org.smartbizflow.crm.sales.lineitem.LineItemsView;
import org.smartbizflow.crm.sales.lineitem.port.out.LineItemRepository;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;

/** Each deal's lines: one row in {@code crm_line_items}, the lines in {@code crm_line_item}. */
public final class JpaLineItemRepository implements LineItemRepository {

    private final Supplier<EntityManager> entityManager;

    public JpaLineItemRepository(Supplier<EntityManager> entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    private Optional<LineItemsEntity> row(TenantId tenantId, OpportunityId id) {
        LineItemsEntity row = entityManager.get().find(LineItemsEntity.class, id.value());
        return row != null && row.tenantId.equals(tenantId.value()) ? Optional.of(row) : Optional.empty();
    }

    @Override
    public Optional<LineItems> find(TenantId tenantId, OpportunityId opportunityId) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(opportunityId, "opportunityId");
        return row(tenantId, opportunityId).map(SalesMapper::toLineItems).map(LineItems::restore);
    }

    @Override
    public void insert(LineItems items) {
        Preconditions.notNull(items, "items");
        LineItemsView state = items.view();
        EntityManager em = entityManager.get();
        if (em.find(LineItemsEntity.class, state.opportunityId().value()) != null) {
            throw new ConcurrencyConflictException("LineItems", state.opportunityId(), 0);
        }
        LineItemsEntity row = new LineItemsEntity(state.opportunityId().value(), state.tenantId().value());
        SalesMapper.copyInto(state, row);
        em.persist(row);
        Flushes.flush(em, () -> new ConcurrencyConflictException("LineItems", state.opportunityId(), 0));
    }

    @Override
    public void update(LineItems items) {
        Preconditions.notNull(items, "items");
        LineItemsView state = items.view();
        LineItemsEntity row = row(state.tenantId(), state.opportunityId())
                .orElseThrow(() -> new NotFoundException("LineItems", state.opportunityId()));
        if (row.version != state.version()) {
            throw new ConcurrencyConflictException("LineItems", state.opportunityId(), state.version());
        }
        SalesMapper.copyInto(state, row);
        Flushes.flush(entityManager.get(),
                () -> new ConcurrencyConflictException("LineItems", state.opportunityId(), state.version()));
    }
}
