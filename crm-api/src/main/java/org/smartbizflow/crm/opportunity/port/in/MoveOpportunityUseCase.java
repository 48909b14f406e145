package org.smartbizflow.crm.opportunity.port.in;

import org.smartbizflow.crm.opportunity.StageMove;

/** Move a deal through its pipeline, or to another pipeline. */
public interface MoveOpportunityUseCase {

    /**
     * @throws org.smartbizflow.crm.shared.ValidationException naming every invalid field
     * @throws org.smartbizflow.crm.shared.NotFoundException when the tenant has no such record
     * @throws org.smartbizflow.crm.shared.AccessDeniedException when the actor may not do this
     */
    StageMove move(MoveOpportunity command);

    /**
     * Moves an open deal to an open stage of another pipeline; the move is recorded in the
     * stage history as leaving its stage in the old pipeline. A closed deal, a stage outside
     * the target pipeline, a closed target stage or unmet entry requirements are refused.
     *
     * @throws org.smartbizflow.crm.shared.ValidationException naming every invalid field
     * @throws org.smartbizflow.crm.shared.NotFoundException when the tenant has no such deal or pipeline
     * @throws org.smartbizflow.crm.shared.AccessDeniedException when the actor may not do this
     */
    StageMove moveToPipeline(MoveToPipeline command);
}
