package org.smartbizflow.crm.lead;

import org.smartbizflow.crm.shared.Preconditions;

/**
 * The number of leads in one group and one status.
 *
 * @param group  the group's key (a source or status name, or an owner id)
 * @param status the status
 * @param count  how many leads
 */
public record LeadCount(String group, LeadStatus status, long count) {

    public LeadCount {
        Preconditions.notNull(group, "group");
        Preconditions.notNull(status, "status");
        Preconditions.check(count >= 0, "count", "must not be negative");
    }
}
