package org.smartbizflow.crm.lead.port.in;

import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.shared.Page;

/** Search leads; only those the actor may see are returned. */
public interface ListLeadsUseCase {

    Page<LeadView> list(ListLeads query);

    /** The number of visible leads matching the query's filter. */
    long count(ListLeads query);
}
