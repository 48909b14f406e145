package org.smartbizflow.crm.jpa.internal.opportunity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.smartbizflow.crm.jpa.internal.shared.PersistenceFailures;
import org.smartbizflow.crm.opportunity.Pipeline;
import org.smartbizflow.crm.opportunity.PipelineId;
import org.smartbizflow.crm.opportunity.PipelineView;
import org.smartbizflow.crm.opportunity.port.out.PipelineRepository;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Pipelines in {@code crm_pipeline} and {@code crm_pipeline_stage}. One default per tenant is
 * guarded by a unique index on (tenant, default marker) as well as checked here.
 */
public final class JpaPipelineRepository implements PipelineRepository {

    private final Supplier<EntityManager> entityManager;

    public JpaPipelineRepository(Supplier<EntityManager> entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    /** The entity classes this adapter maps. */
    public static List<Class<?>> entityClasses() {
        return List.of(PipelineEntity.class);
    }

    @Override
    public Optional<Pipeline> find(TenantId tenantId, PipelineId id) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        return row(tenantId, id).map(OpportunityMapper::toView).map(Pipeline::restore);
    }

    private Optional<PipelineEntity> row(TenantId tenantId, PipelineId id) {
        PipelineEntity row = entityManager.get().find(PipelineEntity.class, id.value());
        return row != null && row.tenantId.equals(tenantId.value()) ? Optional.of(row) : Optional.empty();
    }

    @Override
    public Optional<Pipeline> findDefault(TenantId tenantId) {
        Preconditions.notNull(tenantId, "tenantId");
        return entityManager.get()
                .createQuery("select p from CrmPipeline p where p.tenantId = :tenant and p.defaultMarker = 1",
                        PipelineEntity.class)
                .setParameter("tenant", tenantId.value())
                .getResultStream().findFirst().map(OpportunityMapper::toView).map(Pipeline::restore);
    }

    @Override
    public List<PipelineView> list(TenantId tenantId) {
        Preconditions.notNull(tenantId, "tenantId");
        return entityManager.get()
                .createQuery("select p from CrmPipeline p where p.tenantId = :tenant", PipelineEntity.class)
                .setParameter("tenant", tenantId.value())
                .getResultStream().map(OpportunityMapper::toView)
                .sorted(java.util.Comparator.comparing((PipelineView p) -> !p.defaultPipeline())
                        .thenComparing(PipelineView::name).thenComparing(p -> p.id().value().toString()))
                .toList();
    }

    @Override
    public void insert(Pipeline pipeline) {
        Preconditions.notNull(pipeline, "pipeline");
        PipelineView state = pipeline.view();
        if (state.defaultPipeline() && findDefault(state.tenantId()).isPresent()) {
            throw new ValidationException("defaultPipeline", "the tenant already has a default pipeline");
        }
        EntityManager em = entityManager.get();
        em.persist(OpportunityMapper.newRow(state));
        // the unique default index reports a concurrent second default here, not at commit
        em.flush();
    }

    @Override
    public void update(Pipeline pipeline) {
        Preconditions.notNull(pipeline, "pipeline");
        PipelineView state = pipeline.view();
        PipelineEntity row = row(state.tenantId(), state.id())
                .orElseThrow(() -> new NotFoundException("Pipeline", state.id()));
        if (row.version != state.version()) {
            throw new ConcurrencyConflictException("Pipeline", state.id(), state.version());
        }
        OpportunityMapper.copyInto(state, row);
        try {
            entityManager.get().flush();
        } catch (OptimisticLockException lost) {
            throw PersistenceFailures.translate(lost);
        }
    }
}
