package org.smartbizflow.crm.jpa.internal.opportunity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.smartbizflow.crm.jpa.internal.shared.PersistenceFailures;
import org.smartbizflow.crm.opportunity.Opportunity;
import org.smartbizflow.crm.opportunity.OpportunityFilter;
import org.smartbizflow.crm.opportunity.OpportunityHistoryEntry;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.opportunity.OpportunityView;
import org.smartbizflow.crm.opportunity.PipelineId;
import org.smartbizflow.crm.opportunity.StageId;
import org.smartbizflow.crm.opportunity.port.out.OpportunityRepository;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.Cursor;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Opportunities in {@code crm_opportunity} and their history in {@code crm_opportunity_history}.
 * Every query names the tenant; searches are keyset-paged on the primary key; counts and
 * roll-ups are aggregate queries that load no deal.
 */
public final class JpaOpportunityRepository implements OpportunityRepository {

    private final Supplier<EntityManager> entityManager;

    public JpaOpportunityRepository(Supplier<EntityManager> entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    /** The entity classes this adapter maps. */
    public static List<Class<?>> entityClasses() {
        return List.of(OpportunityEntity.class, OpportunityHistoryEntity.class);
    }

    @Override
    public Optional<Opportunity> find(TenantId tenantId, OpportunityId id) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        return row(tenantId, id).map(OpportunityMapper::toView).map(Opportunity::restore);
    }

    private Optional<OpportunityEntity> row(TenantId tenantId, OpportunityId id) {
        OpportunityEntity row = entityManager.get().find(OpportunityEntity.class, id.value());
        return row != null && row.tenantId.equals(tenantId.value()) ? Optional.of(row) : Optional.empty();
    }

    @Override
    public void insert(Opportunity opportunity) {
        Preconditions.notNull(opportunity, "opportunity");
        entityManager.get().persist(OpportunityMapper.newRow(opportunity.view()));
    }

    @Override
    public void update(Opportunity opportunity) {
        Preconditions.notNull(opportunity, "opportunity");
        OpportunityView state = opportunity.view();
        OpportunityEntity row = row(state.tenantId(), state.id())
                .orElseThrow(() -> new NotFoundException("Opportunity", state.id()));
        if (row.version != state.version()) {
            throw new ConcurrencyConflictException("Opportunity", state.id(), state.version());
        }
        OpportunityMapper.copyInto(state, row);
        try {
            entityManager.get().flush();
        } catch (OptimisticLockException lost) {
            throw PersistenceFailures.translate(lost);
        }
    }

    @Override
    public Page<OpportunityView> search(TenantId tenantId, OpportunityFilter filter, PageRequest page) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(filter, "filter");
        Preconditions.notNull(page, "page");
        Conditions where = Conditions.of(tenantId, filter, "o");
        page.cursor().ifPresent(cursor -> where.add("o.id > :after", "after", decode(cursor)));
        TypedQuery<OpportunityEntity> query = entityManager.get()
                .createQuery("select o from CrmOpportunity o where " + where.jpql() + " order by o.id",
                        OpportunityEntity.class)
                .setMaxResults(page.size() + 1);
        where.bind(query);
        List<OpportunityView> rows = new ArrayList<>(page.size() + 1);
        query.getResultStream().forEach(row -> rows.add(OpportunityMapper.toView(row)));
        if (rows.size() <= page.size()) {
            return Page.last(rows);
        }
        List<OpportunityView> items = rows.subList(0, page.size());
        return new Page<>(items, Cursor.of(items.get(items.size() - 1).id().value().toString()));
    }

    @Override
    public long count(TenantId tenantId, OpportunityFilter filter) {
        Preconditions.notNull(tenantId, "tenantId");
        Conditions where = Conditions.of(tenantId, filter, "o");
        TypedQuery<Long> query = entityManager.get()
                .createQuery("select count(o) from CrmOpportunity o where " + where.jpql(), Long.class);
        where.bind(query);
        return query.getSingleResult();
    }

    @Override
    public Map<StageId, Long> countByStage(TenantId tenantId, PipelineId pipelineId) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(pipelineId, "pipelineId");
        Map<StageId, Long> counts = new HashMap<>();
        entityManager.get()
                .createQuery("select o.stageId, count(o) from CrmOpportunity o where o.tenantId = :tenant"
                        + " and o.pipelineId = :pipeline group by o.stageId", Object[].class)
                .setParameter("tenant", tenantId.value())
                .setParameter("pipeline", pipelineId.value())
                .getResultList()
                .forEach(row -> counts.put(StageId.of((UUID) row[0]), ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public void appendHistory(List<OpportunityHistoryEntry> entries) {
        Preconditions.notNull(entries, "entries");
        EntityManager em = entityManager.get();
        entries.forEach(entry -> em.persist(OpportunityMapper.newRow(entry)));
    }

    @Override
    public List<OpportunityHistoryEntry> history(TenantId tenantId, OpportunityId id) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        return entityManager.get()
                .createQuery("select h from CrmOpportunityHistory h where h.tenantId = :tenant"
                        + " and h.opportunityId = :deal order by h.changedAt, h.id", OpportunityHistoryEntity.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("deal", id.value())
                .getResultStream().map(OpportunityMapper::toEntry).toList();
    }

    private static UUID decode(Cursor cursor) {
        try {
            UUID lastId = UUID.fromString(cursor.token());
            if (lastId.toString().equals(cursor.token())) {
                return lastId;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new ValidationException("cursor", "is not a cursor of an opportunity search: " + cursor.token());
    }
}
