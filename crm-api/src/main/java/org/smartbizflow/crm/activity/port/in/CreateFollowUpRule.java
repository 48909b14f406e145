package org.smartbizflow.crm.activity.port.in;

import jakarta.validation.constraints.NotNull;
import org.smartbizflow.crm.activity.FollowUpRule;

/**
 * Add a follow-up rule to the tenant's playbook.
 *
 * @param rule the rule; no other rule of the tenant may match the same activity type and outcome
 */
public record CreateFollowUpRule(@NotNull FollowUpRule rule) {

    public static CreateFollowUpRule of(FollowUpRule rule) {
        return new CreateFollowUpRule(rule);
    }
}
