package org.smartbizflow.crm.opportunity;

import java.time.Instant;
import java.util.List;
import org.smartbizflow.crm.shared.DomainEvent;
import org.smartbizflow.crm.shared.FieldChange;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/** Events of the opportunity lifecycle. */
public sealed interface OpportunityEvent extends DomainEvent {

    OpportunityId opportunityId();

    @Override
    default String aggregateId() {
        return opportunityId().toString();
    }

    /**
     * An opportunity was created.
     *
     * @param tenantId      tenant
     * @param opportunityId the deal
     * @param pipelineId    its pipeline
     * @param stageId       its first stage
     * @param ownerId       its owner
     * @param createdBy     who created it
     * @param occurredAt    when
     */
    record OpportunityCreated(TenantId tenantId, OpportunityId opportunityId, PipelineId pipelineId, StageId stageId,
                              UserId ownerId, UserId createdBy, Instant occurredAt) implements OpportunityEvent {
    }

    /**
     * Fields of an opportunity changed (details, probability or forecast category).
     *
     * @param tenantId      tenant
     * @param opportunityId the deal
     * @param changes       the changed fields
     * @param changedBy     who changed them
     * @param occurredAt    when
     */
    record OpportunityChanged(TenantId tenantId, OpportunityId opportunityId, List<FieldChange> changes,
                              UserId changedBy, Instant occurredAt) implements OpportunityEvent {
        public OpportunityChanged {
            changes = List.copyOf(changes);
        }
    }

    /**
     * A deal moved to another stage; {@code stageType} tells whether it was won or lost by the move.
     *
     * @param tenantId      tenant
     * @param opportunityId the deal
     * @param from          stage before
     * @param to            stage after
     * @param stageType     type of the stage after
     * @param changedBy     who moved it
     * @param occurredAt    when
     */
    record OpportunityStageChanged(TenantId tenantId, OpportunityId opportunityId, StageId from, StageId to,
                                   StageType stageType, UserId changedBy, Instant occurredAt) implements OpportunityEvent {
    }

    /**
     * A deal moved to another pipeline.
     *
     * @param tenantId      tenant
     * @param opportunityId the deal
     * @param fromPipeline  the pipeline it left
     * @param fromStage     the stage it left
     * @param toPipeline    the pipeline it is in now
     * @param toStage       the stage it entered
     * @param changedBy     who moved it
     * @param occurredAt    when
     */
    record OpportunityPipelineChanged(TenantId tenantId, OpportunityId opportunityId, PipelineId fromPipeline,
                                      StageId fromStage, PipelineId toPipeline, StageId toStage, UserId changedBy,
                                      Instant occurredAt) implements OpportunityEvent {
    }
}
