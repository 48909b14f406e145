package org.smartbizflow.crm.activity;

import java.util.Locale;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * When an activity of a type is completed with an outcome, plan the next one from a template
 * a number of business days later (Monday to Friday in the activity's time zone), at the
 * same local time of day, for the same owner and records. Outcomes compare ignoring case.
 *
 * @param whenType     the completed activity's type
 * @param outcome      the outcome that triggers the rule
 * @param templateKey  the template of the next activity
 * @param businessDays how many business days later, 0 to 60
 */
public record FollowUpRule(ActivityType whenType, String outcome, String templateKey, int businessDays) {

    public FollowUpRule {
        Preconditions.notNull(whenType, "rule.whenType");
        outcome = Preconditions.notBlank(outcome, "rule.outcome");
        templateKey = Preconditions.notBlank(templateKey, "rule.templateKey");
        Preconditions.check(businessDays >= 0 && businessDays <= 60, "rule.businessDays", "must be between 0 and 60");
    }

    /** Does the rule fire for this completion? */
    public boolean appliesTo(ActivityType type, String completedOutcome) {
        return type == whenType && completedOutcome != null
                && completedOutcome.strip().toLowerCase(Locale.ROOT).equals(outcome.toLowerCase(Locale.ROOT));
    }
}
