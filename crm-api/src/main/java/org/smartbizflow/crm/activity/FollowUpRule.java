package org.smartbizflow.crm.activity;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * When an activity of a type is completed with an outcome, plan the next one a number of
 * business days later (Monday to Friday in the activity's time zone), at the same local time
 * of day, for the same owner and records. Outcomes compare ignoring case and surrounding
 * blanks (see {@link #outcomeCode(String)}). The next activity comes from a template of the
 * playbook ({@code templateKey}) or from the rule's own activity spec ({@code activity});
 * exactly one of the two is given.
 *
 * @param whenType     the completed activity's type
 * @param outcome      the outcome that triggers the rule
 * @param templateKey  the template of the next activity, or null when the rule carries its own
 * @param activity     the rule's own spec of the next activity, or null when it names a template
 * @param businessDays how many business days later, 0 to 60
 */
public record FollowUpRule(ActivityType whenType, String outcome, String templateKey, ActivityTemplate activity,
                           int businessDays) {

    /**
     * The placeholders a follow-up fills from the completed activity: its subject, its outcome,
     * its owner's id and its type. A template a rule uses may name no other, or the completion
     * could not fill it.
     */
    public static final Set<String> PLACEHOLDERS = Set.of("subject", "outcome", "owner", "previousType");

    public FollowUpRule {
        Preconditions.notNull(whenType, "rule.whenType");
        outcome = Preconditions.maxLength(Preconditions.notBlank(outcome, "rule.outcome"), ActivityView.OUTCOME_MAX,
                "rule.outcome");
        templateKey = Preconditions.blankToNull(templateKey);
        Preconditions.check((templateKey == null) != (activity == null), "rule.templateKey",
                "name a template or give the rule its own activity, not both and not neither");
        if (activity != null) {
            requireFillable(activity, "rule.activity");
        }
        Preconditions.check(businessDays >= 0 && businessDays <= 60, "rule.businessDays", "must be between 0 and 60");
    }

    /** A rule that plans the next activity from a template of the playbook. */
    public FollowUpRule(ActivityType whenType, String outcome, String templateKey, int businessDays) {
        this(whenType, outcome, templateKey, null, businessDays);
    }

    /** A rule that carries the spec of the next activity itself. */
    public static FollowUpRule withActivity(ActivityType whenType, String outcome, ActivityTemplate activity,
                                            int businessDays) {
        return new FollowUpRule(whenType, outcome, null, Preconditions.notNull(activity, "rule.activity"),
                businessDays);
    }

    /** Does the rule fire for this completion? */
    public boolean appliesTo(ActivityType type, String completedOutcome) {
        return type == whenType && completedOutcome != null && outcomeCode(completedOutcome).equals(outcomeCode());
    }

    /** The outcome as rules match it. */
    public String outcomeCode() {
        return outcomeCode(outcome);
    }

    /** An outcome as rules match it: stripped and lower case, so "No answer " matches "no answer". */
    public static String outcomeCode(String outcome) {
        return outcome.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Refuses a template a follow-up could not fill: one that names a placeholder outside
     * {@link #PLACEHOLDERS}.
     *
     * @param template the template of the next activity
     * @param field    the field to name in the error
     */
    public static void requireFillable(ActivityTemplate template, String field) {
        Set<String> unknown = new TreeSet<>(template.placeholders());
        unknown.removeAll(PLACEHOLDERS);
        if (!unknown.isEmpty()) {
            throw new ValidationException(field, "template '" + template.key() + "' uses {{" + String.join("}}, {{",
                    unknown) + "}}, which a follow-up cannot fill (it fills " + new TreeSet<>(PLACEHOLDERS) + ")");
        }
    }
}
