package org.smartbizflow.crm.core.inmemory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
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
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Opportunities and their history in memory, one sorted map per tenant, with the same
 * contract as the database adapters: tenant scope, optimistic versions, keyset paging.
 */
public final class InMemoryOpportunityRepository implements OpportunityRepository {

    private final InMemoryTransactionRunner transactions;
    private final Map<TenantId, NavigableMap<UUID, OpportunityView>> byTenant = new ConcurrentHashMap<>();
    private final Map<TenantId, List<OpportunityHistoryEntry>> historyByTenant = new ConcurrentHashMap<>();

    public InMemoryOpportunityRepository(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    private NavigableMap<UUID, OpportunityView> tenant(TenantId tenantId) {
        return byTenant.computeIfAbsent(tenantId, t -> new ConcurrentSkipListMap<>(UuidOrder.UNSIGNED));
    }

    private List<OpportunityHistoryEntry> historyOf(TenantId tenantId) {
        return historyByTenant.computeIfAbsent(tenantId, t -> java.util.Collections.synchronizedList(new ArrayList<>()));
    }

    /** Every deal of the tenant matching the filter, in id order: what the in-memory queries scan. */
    List<OpportunityView> matching(TenantId tenantId, OpportunityFilter filter) {
        return transactions.read(() -> tenant(tenantId).values().stream().filter(filter::matches).toList());
    }

    /** Every history entry of the tenant, oldest first. */
    List<OpportunityHistoryEntry> allHistory(TenantId tenantId) {
        return transactions.read(() -> {
            List<OpportunityHistoryEntry> entries;
            List<OpportunityHistoryEntry> all = historyOf(tenantId);
            synchronized (all) {
                entries = new ArrayList<>(all);
            }
            entries.sort(Comparator.comparing(OpportunityHistoryEntry::changedAt)
                    .thenComparing(OpportunityHistoryEntry::id, UuidOrder.UNSIGNED));
            return entries;
        });
    }

    @Override
    public Optional<Opportunity> find(TenantId tenantId, OpportunityId id) {
        return transactions.read(() -> Optional.ofNullable(tenant(tenantId).get(id.value())).map(Opportunity::restore));
    }

    @Override
    public void insert(Opportunity opportunity) {
        OpportunityView state = opportunity.view();
        transactions.write(() -> {
            NavigableMap<UUID, OpportunityView> deals = tenant(state.tenantId());
            if (deals.containsKey(state.id().value())) {
                throw new ValidationException("id", "an opportunity with id " + state.id() + " already exists");
            }
            OpportunityView stored = state.withVersion(0);
            deals.put(state.id().value(), stored);
            transactions.onRollback(() -> deals.remove(state.id().value(), stored));
            return null;
        });
    }

    @Override
    public void update(Opportunity opportunity) {
        OpportunityView state = opportunity.view();
        transactions.write(() -> {
            NavigableMap<UUID, OpportunityView> deals = tenant(state.tenantId());
            OpportunityView previous = deals.get(state.id().value());
            if (previous == null) {
                throw new NotFoundException("Opportunity", state.id());
            }
            if (previous.version() != state.version()) {
                throw new ConcurrencyConflictException("Opportunity", state.id(), state.version());
            }
            deals.put(state.id().value(), state.withVersion(state.version() + 1));
            transactions.onRollback(() -> deals.put(state.id().value(), previous));
            return null;
        });
    }

    @Override
    public Page<OpportunityView> search(TenantId tenantId, OpportunityFilter filter, PageRequest page) {
        return transactions.read(() -> {
            NavigableMap<UUID, OpportunityView> deals = tenant(tenantId);
            NavigableMap<UUID, OpportunityView> rest = page.after() == null ? deals
                    : deals.tailMap(decode(page.after()), false);
            List<OpportunityView> items = new ArrayList<>(page.size());
            for (OpportunityView deal : rest.values()) {
                if (filter.matches(deal)) {
                    if (items.size() == page.size()) {
                        return new Page<>(items, Cursor.of(items.get(items.size() - 1).id().value().toString()));
                    }
                    items.add(deal);
                }
            }
            return Page.last(items);
        });
    }

    @Override
    public long count(TenantId tenantId, OpportunityFilter filter) {
        return transactions.read(() -> tenant(tenantId).values().stream().filter(filter::matches).count());
    }

    @Override
    public Map<StageId, Long> countByStage(TenantId tenantId, PipelineId pipelineId) {
        return transactions.read(() -> {
            Map<StageId, Long> counts = new HashMap<>();
            for (OpportunityView deal : tenant(tenantId).values()) {
                if (deal.pipelineId().equals(pipelineId)) {
                    counts.merge(deal.stageId(), 1L, Long::sum);
                }
            }
            return counts;
        });
    }

    @Override
    public void appendHistory(List<OpportunityHistoryEntry> entries) {
        transactions.write(() -> {
            for (OpportunityHistoryEntry entry : entries) {
                List<OpportunityHistoryEntry> history = historyOf(entry.tenantId());
                history.add(entry);
                transactions.onRollback(() -> history.remove(entry));
            }
            return null;
        });
    }

    @Override
    public List<OpportunityHistoryEntry> history(TenantId tenantId, OpportunityId id) {
        return allHistory(tenantId).stream().filter(e -> e.opportunityId().equals(id)).toList();
    }

    @Override
    public Map<OpportunityId, List<OpportunityHistoryEntry>> histories(TenantId tenantId,
                                                                       java.util.Collection<OpportunityId> ids) {
        java.util.Set<OpportunityId> wanted = new java.util.HashSet<>(ids);
        Map<OpportunityId, List<OpportunityHistoryEntry>> result = new HashMap<>();
        for (OpportunityHistoryEntry entry : allHistory(tenantId)) {
            if (wanted.contains(entry.opportunityId())) {
                result.computeIfAbsent(entry.opportunityId(), k -> new ArrayList<>()).add(entry);
            }
        }
        return result;
    }

    @Override
    public List<AmountGroup> sumAmounts(TenantId tenantId, OpportunityFilter filter, AmountGrouping grouping) {
        return transactions.read(() -> {
            Map<List<Object>, Object[]> groups = new java.util.LinkedHashMap<>();
            for (OpportunityView deal : tenant(tenantId).values()) {
                if (!filter.matches(deal)) {
                    continue;
                }
                String key = grouping == AmountGrouping.OWNER ? deal.ownerId().value() : deal.stageId().toString();
                String subKey = grouping == AmountGrouping.OWNER ? null : deal.forecastCategory().name();
                java.util.Currency currency = deal.amount() == null ? null : deal.amount().currency();
                List<Object> groupKey = java.util.Arrays.asList(key, subKey, currency, deal.closedOn());
                Object[] sums = groups.computeIfAbsent(groupKey,
                        k -> new Object[] {0L, java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO});
                sums[0] = (Long) sums[0] + 1;
                if (deal.amount() != null) {
                    sums[1] = ((java.math.BigDecimal) sums[1]).add(deal.amount().amount());
                    sums[2] = ((java.math.BigDecimal) sums[2]).add(deal.amount().amount()
                            .multiply(deal.probability().value()));
                }
            }
            List<AmountGroup> result = new ArrayList<>();
            groups.forEach((k, v) -> result.add(new AmountGroup((String) k.get(0), (String) k.get(1),
                    (java.util.Currency) k.get(2), (java.time.LocalDate) k.get(3), (Long) v[0],
                    (java.math.BigDecimal) v[1], (java.math.BigDecimal) v[2])));
            return result;
        });
    }

    @Override
    public List<StageTransition> stageTransitions(TenantId tenantId, PipelineId pipelineId) {
        Map<List<StageId>, long[]> moves = new java.util.LinkedHashMap<>();
        for (OpportunityHistoryEntry entry : allHistory(tenantId)) {
            if (entry.previousStageId() != null && entry.pipelineLeft().equals(pipelineId)) {
                long[] sums = moves.computeIfAbsent(List.of(entry.previousStageId(), entry.stageId()), k -> new long[2]);
                sums[0]++;
                sums[1] += entry.secondsInPreviousStage();
            }
        }
        List<StageTransition> result = new ArrayList<>();
        moves.forEach((k, v) -> result.add(new StageTransition(k.get(0), k.get(1), v[0], v[1])));
        return result;
    }

    @Override
    public Map<StageId, Long> dealsEntered(TenantId tenantId, PipelineId pipelineId) {
        Map<StageId, java.util.Set<OpportunityId>> deals = new HashMap<>();
        for (OpportunityHistoryEntry entry : allHistory(tenantId)) {
            if (entry.pipelineId().equals(pipelineId)) {
                deals.computeIfAbsent(entry.stageId(), k -> new java.util.HashSet<>()).add(entry.opportunityId());
            }
        }
        Map<StageId, Long> counts = new HashMap<>();
        deals.forEach((stage, ids) -> counts.put(stage, (long) ids.size()));
        return counts;
    }

    @Override
    public Slippage slippage(TenantId tenantId, PipelineId pipelineId, java.time.Instant from,
                             java.time.Instant before) {
        long pushes = 0;
        long days = 0;
        java.util.Set<OpportunityId> deals = new java.util.HashSet<>();
        for (OpportunityHistoryEntry entry : allHistory(tenantId)) {
            if (entry.pipelineId().equals(pipelineId) && entry.closeDateSlipDays() > 0
                    && !entry.changedAt().isBefore(from) && entry.changedAt().isBefore(before)) {
                pushes++;
                days += entry.closeDateSlipDays();
                deals.add(entry.opportunityId());
            }
        }
        return new Slippage(pushes, deals.size(), days);
    }

    private static UUID decode(Cursor cursor) {
        try {
            return UUID.fromString(cursor.token());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("page.after", "is not a cursor of this result: " + cursor.token());
        }
    }
}
