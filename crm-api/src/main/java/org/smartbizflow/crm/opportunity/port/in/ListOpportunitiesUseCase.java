package org.smartbizflow.crm.opportunity.port.in;

import org.smartbizflow.crm.opportunity.OpportunityView;
import org.smartbizflow.crm.shared.Page;

/** Search deals. */
public interface ListOpportunitiesUseCase {

    /**
     * @throws org.smartbizflow.crm.shared.ValidationException naming every invalid field
     * @throws org.smartbizflow.crm.shared.NotFoundException when the tenant has no such record
     * @throws org.smartbizflow.crm.shared.AccessDeniedException when the actor may not do this
     */
    Page<OpportunityView> list(ListOpportunities query);

    long count(ListOpportunities query);
}
