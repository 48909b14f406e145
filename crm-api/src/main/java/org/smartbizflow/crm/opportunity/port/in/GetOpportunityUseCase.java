package org.smartbizflow.crm.opportunity.port.in;

import java.util.List;
import org.smartbizflow.crm.opportunity.OpportunityHistoryEntry;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.opportunity.OpportunityView;

/** Read one deal and its history. */
public interface GetOpportunityUseCase {

    /**
     * @throws org.smartbizflow.crm.shared.ValidationException naming every invalid field
     * @throws org.smartbizflow.crm.shared.NotFoundException when the tenant has no such record
     * @throws org.smartbizflow.crm.shared.AccessDeniedException when the actor may not do this
     */
    OpportunityView get(OpportunityId id);

    /** The deal's stage, amount, close date and probability changes, oldest first. */
    List<OpportunityHistoryEntry> history(OpportunityId id);
}
