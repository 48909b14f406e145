package org.smartbizflow.crm.scoring.rules;

import org.smartbizflow.crm.shared.Preconditions;

/**
 * Points for who the prospect is: when the attribute satisfies the condition, the rule adds
 * its points (negative points mark a poor fit, e.g. a student e-mail domain).
 *
 * @param id        unique id within the rule set, shown in explanations
 * @param field     the profile attribute
 * @param condition the test on its value
 * @param points    points added when it matches
 */
public record FitRule(String id, String field, FieldCondition condition, double points) {

    public FitRule {
        Preconditions.notBlank(id, "id");
        Preconditions.notBlank(field, "field");
        Preconditions.notNull(condition, "condition");
        Preconditions.check(Double.isFinite(points), "points", "must be a finite number");
    }

    public FitRule withPoints(double value) {
        return new FitRule(id, field, condition, value);
    }
}
