package org.smartbizflow.crm.activity.port.in;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.smartbizflow.crm.activity.ActivityFilter;
import org.smartbizflow.crm.activity.LinkedRecordType;
import org.smartbizflow.crm.activity.RecordActivity;

/**
 * Activity figures over what the actor may see, computed by the store's aggregate queries:
 * activities per owner, type and period with completion rates, overdue tasks, and the last
 * and next activity of accounts or opportunities (stale-deal detection).
 */
public interface ActivityAnalyticsUseCase {

    /** Counts by owner, type and period of the activities matching the filter (choose the range with it). */
    ActivityBreakdown breakdown(ActivityFilter filter, PeriodUnit unit);

    /** Planned tasks due before now (the CRM's clock), counted per owner, and the {@code limit} oldest. */
    OverdueTasks overdueTasks(int limit);

    /** The last completed and next planned activity of each of these records (left out: records with none). */
    List<RecordActivity> lastAndNext(LinkedRecordType type, Collection<UUID> recordIds);
}
