package org.smartbizflow.crm.opportunity.port.in;

import org.smartbizflow.crm.opportunity.StageMove;

/** Move a deal through its pipeline. */
public interface MoveOpportunityUseCase {

    /**
     * @throws org.smartbizflow.crm.shared.ValidationException naming every invalid field
     * @throws org.smartbizflow.crm.shared.NotFoundException when the tenant has no such record
     * @throws org.smartbizflow.crm.shared.AccessDeniedException when the actor may not do this
     */
    StageMove move(MoveOpportunity command);
}
