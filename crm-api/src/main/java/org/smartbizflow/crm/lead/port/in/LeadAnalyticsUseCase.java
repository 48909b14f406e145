package org.smartbizflow.crm.lead.port.in;

import org.smartbizflow.crm.lead.LeadDimension;
import org.smartbizflow.crm.lead.LeadFilter;

/**
 * Counts, funnel and conversion rates of the leads the actor may see, computed by the store's
 * aggregate queries. Choose a period with the filter's creation range.
 */
public interface LeadAnalyticsUseCase {

    LeadBreakdown breakdown(LeadFilter filter, LeadDimension dimension);
}
