package org.smartbizflow.crm.jpa.internal.opportunity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.smartbizflow.crm.jpa.internal.shared.CustomPlans;
import org.smartbizflow.crm.jpa.internal.shared.PersistenceFailures;
import org.smartbizflow.crm.opportunity.AmountGroup;
import org.smartbizflow.crm.opportunity.AmountGrouping;
import org.smartbizflow.crm.opportunity.Opportunity;
import org.smartbizflow.crm.opportunity.OpportunityFilter;
import org.smartbizflow.crm.opportunity.OpportunityHistoryEntry;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.opportunity.OpportunityView;
import org.smartbizflow.crm.opportunity.PipelineId;
import org.smartbizflow.crm.opportunity.Slippage;
import org.smartbizflow.crm.opportunity.StageId;
import org.smartbizflow.crm.opportunity.StageTransition;
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

    /** Deal ids per IN list: well under every vendor's bind-parameter limit. */
    private static final int IN_BATCH = 500;

    private final Supplier<EntityManager> entityManager;
    private final CustomPlans customPlans = new CustomPlans();

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
                .createQuery("select o from CrmOpportunity o where " + where.jpql() + " order by o.tenantId, o.id",
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

    @Override
    public Map<OpportunityId, List<OpportunityHistoryEntry>> histories(TenantId tenantId,
                                                                       Collection<OpportunityId> ids) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(ids, "ids");
        List<UUID> deals = ids.stream().map(OpportunityId::value).distinct().toList();
        Map<OpportunityId, List<OpportunityHistoryEntry>> result = new HashMap<>();
        for (int from = 0; from < deals.size(); from += IN_BATCH) {
            entityManager.get()
                    .createQuery("select h from CrmOpportunityHistory h where h.tenantId = :tenant"
                            + " and h.opportunityId in :deals order by h.opportunityId, h.changedAt, h.id",
                            OpportunityHistoryEntity.class)
                    .setParameter("tenant", tenantId.value())
                    .setParameter("deals", deals.subList(from, Math.min(deals.size(), from + IN_BATCH)))
                    .getResultStream().map(OpportunityMapper::toEntry)
                    .forEach(entry -> result.computeIfAbsent(entry.opportunityId(), k -> new ArrayList<>()).add(entry));
        }
        return result;
    }

    /**
     * One GROUP BY over the filtered deals: per group, currency and close date, the count, the
     * summed amounts and the summed amount × probability, all exact decimals.
     */
    @Override
    public List<AmountGroup> sumAmounts(TenantId tenantId, OpportunityFilter filter, AmountGrouping grouping) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(filter, "filter");
        Preconditions.notNull(grouping, "grouping");
        String keys = switch (grouping) {
            case STAGE_AND_CATEGORY -> "o.stageId, o.forecastCategory";
            case OWNER -> "o.ownerId, o.ownerId";
        };
        String groupKeys = grouping == AmountGrouping.OWNER ? "o.ownerId" : keys;
        Conditions where = Conditions.of(tenantId, filter, "o");
        EntityManager em = entityManager.get();
        customPlans.forAggregate(em);
        TypedQuery<Object[]> query = em.createQuery("select " + keys
                + ", o.currency, o.closedOn, count(*), sum(o.amount), sum(o.amount * o.probability)"
                + " from CrmOpportunity o where " + where.jpql()
                + " group by " + groupKeys + ", o.currency, o.closedOn", Object[].class);
        where.bind(query);
        List<AmountGroup> groups = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            String key = row[0].toString();
            String subKey = grouping == AmountGrouping.OWNER ? null : (String) row[1];
            groups.add(new AmountGroup(key, subKey,
                    row[2] == null ? null : java.util.Currency.getInstance((String) row[2]),
                    (java.time.LocalDate) row[3], ((Number) row[4]).longValue(), decimal(row[5]), decimal(row[6])));
        }
        return groups;
    }

    private static java.math.BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.math.BigDecimal exact ? exact : new java.math.BigDecimal(value.toString());
    }

    @Override
    public List<StageTransition> stageTransitions(TenantId tenantId, PipelineId pipelineId) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(pipelineId, "pipelineId");
        List<StageTransition> transitions = new ArrayList<>();
        entityManager.get()
                .createQuery("select h.previousStageId, h.stageId, count(h), sum(h.secondsInPreviousStage)"
                        + " from CrmOpportunityHistory h where h.tenantId = :tenant and h.previousStageId is not null"
                        // a move between pipelines is filed under the new one but leaves a stage of the old one
                        + " and ((h.pipelineId = :pipeline and h.previousPipelineId is null)"
                        + " or h.previousPipelineId = :pipeline) group by h.previousStageId, h.stageId", Object[].class)
                .setParameter("tenant", tenantId.value())
                .setParameter("pipeline", pipelineId.value())
                .getResultList()
                .forEach(row -> transitions.add(new StageTransition(StageId.of((UUID) row[0]), StageId.of((UUID) row[1]),
                        ((Number) row[2]).longValue(), row[3] == null ? 0 : ((Number) row[3]).longValue())));
        return transitions;
    }

    @Override
    public Map<StageId, Long> dealsEntered(TenantId tenantId, PipelineId pipelineId) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(pipelineId, "pipelineId");
        Map<StageId, Long> entered = new HashMap<>();
        entityManager.get()
                .createQuery("select h.stageId, count(distinct h.opportunityId) from CrmOpportunityHistory h"
                        + " where h.tenantId = :tenant and h.pipelineId = :pipeline group by h.stageId", Object[].class)
                .setParameter("tenant", tenantId.value())
                .setParameter("pipeline", pipelineId.value())
                .getResultList()
                .forEach(row -> entered.put(StageId.of((UUID) row[0]), ((Number) row[1]).longValue()));
        return entered;
    }

    @Override
    public Slippage slippage(TenantId tenantId, PipelineId pipelineId, java.time.Instant from,
                             java.time.Instant before) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(pipelineId, "pipelineId");
        Object[] row = entityManager.get()
                .createQuery("select count(h), count(distinct h.opportunityId), sum(h.closeDateSlipDays)"
                        + " from CrmOpportunityHistory h where h.tenantId = :tenant and h.pipelineId = :pipeline"
                        + " and h.closeDateSlipDays > 0 and h.changedAt >= :from and h.changedAt < :before",
                        Object[].class)
                .setParameter("tenant", tenantId.value())
                .setParameter("pipeline", pipelineId.value())
                .setParameter("from", from)
                .setParameter("before", before)
                .getSingleResult();
        return new Slippage(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                row[2] == null ? 0 : ((Number) row[2]).longValue());
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
