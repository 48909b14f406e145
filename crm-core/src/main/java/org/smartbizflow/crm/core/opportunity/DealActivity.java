package org.smartbizflow.crm.core.opportunity;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smartbizflow.crm.activity.ActivityTally;
import org.smartbizflow.crm.activity.ActivityType;
import org.smartbizflow.crm.activity.LinkedRecordType;
import org.smartbizflow.crm.activity.port.out.ActivityRepository;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.shared.TenantId;

/**
 * The logged activity of a deal as the win-probability features count it: completed calls,
 * meetings and e-mails (tasks and notes are not contact with the customer), and the meetings
 * among them. The opportunity context reads the activity store only here, through its
 * aggregate count, so the domain packages stay independent of each other.
 *
 * @param activities completed calls, meetings and e-mails
 * @param meetings   completed meetings
 */
record DealActivity(int activities, int meetings) {

    static final DealActivity NONE = new DealActivity(0, 0);

    /** The counts of each deal that has any, up to {@code now}: one aggregate query for all of them. */
    static Map<OpportunityId, DealActivity> of(ActivityRepository activities, TenantId tenantId,
                                               Collection<OpportunityId> deals, Instant now) {
        if (deals.isEmpty()) {
            return Map.of();
        }
        List<ActivityTally> tallies = activities.completedByRecord(tenantId, LinkedRecordType.OPPORTUNITY,
                deals.stream().map(OpportunityId::value).toList(), now);
        Map<OpportunityId, int[]> sums = new HashMap<>();
        for (ActivityTally tally : tallies) {
            if (tally.type() == ActivityType.TASK || tally.type() == ActivityType.NOTE) {
                continue;
            }
            int[] sum = sums.computeIfAbsent(OpportunityId.of(tally.record().recordId()), k -> new int[2]);
            int count = (int) Math.min(Integer.MAX_VALUE, tally.count());
            sum[0] = (int) Math.min(Integer.MAX_VALUE, (long) sum[0] + count);
            if (tally.type() == ActivityType.MEETING) {
                sum[1] = count;
            }
        }
        Map<OpportunityId, DealActivity> result = new HashMap<>();
        sums.forEach((id, sum) -> result.put(id, new DealActivity(sum[0], sum[1])));
        return result;
    }
}
