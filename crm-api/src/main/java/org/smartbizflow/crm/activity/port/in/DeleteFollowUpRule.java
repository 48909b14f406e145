package org.smartbizflow.crm.activity.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.smartbizflow.crm.activity.FollowUpRuleId;

/**
 * Remove a follow-up rule from the tenant's playbook.
 *
 * @param ruleId          the rule
 * @param expectedVersion the version the caller saw
 */
public record DeleteFollowUpRule(@NotNull FollowUpRuleId ruleId, @PositiveOrZero long expectedVersion) {

    public static DeleteFollowUpRule of(FollowUpRuleId ruleId, long expectedVersion) {
        return new DeleteFollowUpRule(ruleId, expectedVersion);
    }
}
