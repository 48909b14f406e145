package org.smartbizflow.crm.activity;

import java.time.Instant;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;

/**
 * A follow-up rule as a tenant's playbook keeps it, with its id and the version a change must
 * name (optimistic locking).
 *
 * @param id        the rule's id
 * @param tenantId  tenant
 * @param rule      the rule
 * @param version   0 when stored, one more with every change
 * @param updatedAt when it was last stored
 */
public record FollowUpRuleView(FollowUpRuleId id, TenantId tenantId, FollowUpRule rule, long version,
                               Instant updatedAt) {

    public FollowUpRuleView {
        Preconditions.notNull(id, "ruleId");
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(rule, "rule");
        Preconditions.check(version >= 0, "version", "must not be negative");
        Preconditions.notNull(updatedAt, "updatedAt");
    }

    /** The same rule at another version and time, as a repository stores it. */
    public FollowUpRuleView stored(long newVersion, Instant at) {
        return new FollowUpRuleView(id, tenantId, rule, newVersion, at);
    }
}
