package org.smartbizflow.crm.opportunity;

import java.time.Instant;
import java.util.List;
import org.smartbizflow.crm.shared.DomainEvent;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/** Events of pipeline configuration. */
public sealed interface PipelineEvent extends DomainEvent {

    PipelineId pipelineId();

    @Override
    default String aggregateId() {
        return pipelineId().toString();
    }

    /**
     * A pipeline was created.
     *
     * @param tenantId   tenant
     * @param pipelineId the pipeline
     * @param name       its name
     * @param createdBy  who created it
     * @param occurredAt when
     */
    record PipelineCreated(TenantId tenantId, PipelineId pipelineId, String name, UserId createdBy, Instant occurredAt)
            implements PipelineEvent {
    }

    /**
     * A pipeline's stages were edited; deals of removed stages moved as listed.
     *
     * @param tenantId   tenant
     * @param pipelineId the pipeline
     * @param stageIds   the stages now, in order
     * @param moves      removed stage to the stage its deals moved to
     * @param changedBy  who edited it
     * @param occurredAt when
     */
    record PipelineStagesChanged(TenantId tenantId, PipelineId pipelineId, List<StageId> stageIds,
                                 List<StageMapping> moves, UserId changedBy, Instant occurredAt)
            implements PipelineEvent {
        public PipelineStagesChanged {
            stageIds = List.copyOf(stageIds);
            moves = List.copyOf(moves);
        }
    }
}
