package org.smartbizflow.crm.activity.port.in;

import java.util.List;
import java.util.Map;
import org.smartbizflow.crm.activity.ActivityView;
import org.smartbizflow.crm.shared.UserId;

/**
 * Planned tasks whose due instant has passed.
 *
 * @param byOwner how many per owner
 * @param oldest  the longest overdue ones, oldest first (at most the limit asked for)
 */
public record OverdueTasks(Map<UserId, Long> byOwner, List<ActivityView> oldest) {

    public OverdueTasks {
        byOwner = Map.copyOf(byOwner);
        oldest = List.copyOf(oldest);
    }

    public long total() {
        return byOwner.values().stream().mapToLong(Long::longValue).sum();
    }
}
