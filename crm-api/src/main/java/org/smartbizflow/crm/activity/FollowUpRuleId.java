package org.smartbizflow.crm.activity;

import java.util.UUID;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Identity of a follow-up rule stored in a tenant's playbook.
 *
 * @param value the UUID
 */
public record FollowUpRuleId(UUID value) {

    public FollowUpRuleId {
        Preconditions.notNull(value, "ruleId");
    }

    public static FollowUpRuleId of(UUID value) {
        return new FollowUpRuleId(value);
    }

    public static FollowUpRuleId parse(String text) {
        try {
            return new FollowUpRuleId(UUID.fromString(Preconditions.notBlank(text, "ruleId")));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("ruleId", "is not a UUID: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
