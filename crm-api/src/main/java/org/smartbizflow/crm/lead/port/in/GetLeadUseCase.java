package org.smartbizflow.crm.lead.port.in;

import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadView;

/** Read one lead. */
public interface GetLeadUseCase {

    /**
     * @throws org.smartbizflow.crm.shared.NotFoundException when the tenant has no such lead
     * @throws org.smartbizflow.crm.shared.AccessDeniedException when the actor may not see it
     */
    LeadView get(LeadId id);
}
