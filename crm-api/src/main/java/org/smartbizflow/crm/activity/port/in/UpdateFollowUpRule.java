package org.smartbizflow.crm.activity.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.smartbizflow.crm.activity.FollowUpRule;
import org.smartbizflow.crm.activity.FollowUpRuleId;

/**
 * Replace a stored follow-up rule.
 *
 * @param ruleId          the rule
 * @param rule            what it says from now on
 * @param expectedVersion the version the caller saw
 */
public record UpdateFollowUpRule(@NotNull FollowUpRuleId ruleId, @NotNull FollowUpRule rule,
                                 @PositiveOrZero long expectedVersion) {

    public static UpdateFollowUpRule of(FollowUpRuleId ruleId, FollowUpRule rule, long expectedVersion) {
        return new UpdateFollowUpRule(ruleId, rule, expectedVersion);
    }
}
