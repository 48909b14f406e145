package org.smartbizflow.crm.core.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.smartbizflow.crm.opportunity.Pipeline;
import org.smartbizflow.crm.opportunity.PipelineId;
import org.smartbizflow.crm.opportunity.PipelineView;
import org.smartbizflow.crm.opportunity.port.out.PipelineRepository;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/** Pipelines in memory, with the same contract as the database adapters. */
public final class InMemoryPipelineRepository implements PipelineRepository {

    private final InMemoryTransactionRunner transactions;
    private final Map<TenantId, NavigableMap<UUID, PipelineView>> byTenant = new ConcurrentHashMap<>();

    public InMemoryPipelineRepository(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    private NavigableMap<UUID, PipelineView> tenant(TenantId tenantId) {
        return byTenant.computeIfAbsent(tenantId, t -> new ConcurrentSkipListMap<>(UuidOrder.UNSIGNED));
    }

    @Override
    public Optional<Pipeline> find(TenantId tenantId, PipelineId id) {
        return transactions.read(() -> Optional.ofNullable(tenant(tenantId).get(id.value())).map(Pipeline::restore));
    }

    @Override
    public Optional<Pipeline> findDefault(TenantId tenantId) {
        return transactions.read(() -> tenant(tenantId).values().stream().filter(PipelineView::defaultPipeline)
                .findFirst().map(Pipeline::restore));
    }

    @Override
    public List<PipelineView> list(TenantId tenantId) {
        return transactions.read(() -> tenant(tenantId).values().stream()
                .sorted(Comparator.comparing((PipelineView p) -> !p.defaultPipeline()).thenComparing(PipelineView::name)
                        .thenComparing(p -> p.id().value(), UuidOrder.UNSIGNED))
                .toList());
    }

    @Override
    public void insert(Pipeline pipeline) {
        PipelineView state = pipeline.view();
        transactions.write(() -> {
            NavigableMap<UUID, PipelineView> pipelines = tenant(state.tenantId());
            if (pipelines.containsKey(state.id().value())) {
                throw new ValidationException("id", "a pipeline with id " + state.id() + " already exists");
            }
            if (state.defaultPipeline() && pipelines.values().stream().anyMatch(PipelineView::defaultPipeline)) {
                throw new ValidationException("defaultPipeline", "the tenant already has a default pipeline");
            }
            PipelineView stored = state.withVersion(0);
            pipelines.put(state.id().value(), stored);
            transactions.onRollback(() -> pipelines.remove(state.id().value(), stored));
            return null;
        });
    }

    @Override
    public void update(Pipeline pipeline) {
        PipelineView state = pipeline.view();
        transactions.write(() -> {
            NavigableMap<UUID, PipelineView> pipelines = tenant(state.tenantId());
            PipelineView previous = pipelines.get(state.id().value());
            if (previous == null) {
                throw new NotFoundException("Pipeline", state.id());
            }
            if (previous.version() != state.version()) {
                throw new ConcurrencyConflictException("Pipeline", state.id(), state.version());
            }
            pipelines.put(state.id().value(), state.withVersion(state.version() + 1));
            transactions.onRollback(() -> pipelines.put(state.id().value(), previous));
            return null;
        });
    }
}
