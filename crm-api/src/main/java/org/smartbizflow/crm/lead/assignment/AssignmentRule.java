package org.smartbizflow.crm.lead.assignment;

import org.smartbizflow.crm.shared.Preconditions;

/**
 * One entry of the ordered rule list: the first rule whose condition holds and whose target
 * has room assigns the lead.
 *
 * @param name   a name for reports and the audit trail
 * @param when   the condition
 * @param target who gets the lead
 */
public record AssignmentRule(String name, RuleCondition when, AssignTarget target) {

    public static final int NAME_MAX = 100;

    public AssignmentRule {
        name = Preconditions.maxLength(Preconditions.notBlank(name, "rule.name"), NAME_MAX, "rule.name");
        Preconditions.notNull(when, "rule.when");
        Preconditions.notNull(target, "rule.target");
    }

    public static AssignmentRule of(String name, RuleCondition when, AssignTarget target) {
        return new AssignmentRule(name, when, target);
    }
}
