package org.smartbizflow.crm.opportunity.port.out;

import java.util.List;
import java.util.Optional;
import org.smartbizflow.crm.opportunity.Pipeline;
import org.smartbizflow.crm.opportunity.PipelineId;
import org.smartbizflow.crm.opportunity.PipelineView;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Storage of pipelines with their stages. Every method is scoped by tenant; implementations
 * run inside the caller's transaction.
 */
public interface PipelineRepository {

    Optional<Pipeline> find(TenantId tenantId, PipelineId id);

    /** The tenant's default pipeline, if it has one. */
    Optional<Pipeline> findDefault(TenantId tenantId);

    /** The tenant's pipelines, the default first, then by name. */
    List<PipelineView> list(TenantId tenantId);

    /**
     * Stores a new pipeline at version 0.
     *
     * @throws org.smartbizflow.crm.shared.ValidationException when it is a default pipeline and
     *         the tenant already has one
     */
    void insert(Pipeline pipeline);

    /**
     * Stores the pipeline's current state (its stages) if the stored version still equals
     * {@code pipeline.version()}, and advances the stored version by one.
     *
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when the stored version differs
     * @throws org.smartbizflow.crm.shared.NotFoundException when no such pipeline is stored
     */
    void update(Pipeline pipeline);
}
