package org.smartbizflow.crm.account;

import java.util.List;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * When an account belongs in a territory: numbered conditions (1, 2, 3, ... in list order)
 * and the boolean expression that combines them, such as {@code (1 AND 2) OR 3}. Without an
 * expression every condition must hold. The expression is parsed when the rule is made, so
 * a stored rule is always well formed.
 *
 * @param conditions the conditions, 1 to {@value #MAX_CONDITIONS}
 * @param expression how they combine, as written
 */
public record AssignmentRule(List<RuleCondition> conditions, String expression) {

    public static final int MAX_CONDITIONS = 20;

    public AssignmentRule {
        conditions = List.copyOf(Preconditions.notNull(conditions, "rule.conditions"));
        Preconditions.check(!conditions.isEmpty() && conditions.size() <= MAX_CONDITIONS, "rule.conditions",
                "must hold 1 to " + MAX_CONDITIONS + " conditions");
        expression = expression == null || expression.isBlank() ? RuleExpression.allOf(conditions.size())
                : expression.strip();
        RuleExpression.parse(expression, conditions.size(), "rule.expression");
    }

    /** A rule whose conditions combine as the expression says. */
    public static AssignmentRule of(String expression, RuleCondition... conditions) {
        return new AssignmentRule(List.of(conditions), expression);
    }

    /** A rule that needs every condition. */
    public static AssignmentRule allOf(RuleCondition... conditions) {
        return new AssignmentRule(List.of(conditions), null);
    }

    /** The parsed expression. */
    public RuleExpression parsed() {
        return RuleExpression.parse(expression, conditions.size(), "rule.expression");
    }

    /** Does the account satisfy the rule? */
    public boolean matches(AccountView account) {
        return parsed().evaluate(n -> conditions.get(n - 1).matches(account));
    }
}
