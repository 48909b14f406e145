package org.smartbizflow.crm.lead.port.in;

import org.smartbizflow.crm.lead.LeadDimension;
import org.smartbizflow.crm.lead.LeadFilter;

/**
 * Counts, funnel and conversion rates of the leads the actor may see, computed by the store's
 * aggregate queries. Choose a period with the filter's creation range.
 */
public interface LeadAnalyticsUseCase {

    /**
     * Counts by status per group of the dimension; conversion rates per group follow from them.
     * Groups of a period dimension come in date order, the funnel ({@link LeadDimension#STATUS})
     * in lifecycle order, other dimensions largest group first.
     */
    LeadBreakdown breakdown(LeadFilter filter, LeadDimension dimension);

    /**
     * The median time from capture to the milestone over the matching leads that reached it;
     * empty when none did.
     */
    java.util.Optional<java.time.Duration> medianTimeTo(LeadFilter filter, org.smartbizflow.crm.lead.LeadMilestone milestone);
}
