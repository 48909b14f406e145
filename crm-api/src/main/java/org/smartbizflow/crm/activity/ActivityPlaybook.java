package org.smartbizflow.crm.activity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * A tenant's way of working with activities: the templates it schedules from and the
 * follow-up rules that plan the next step when an activity completes. The one given to the
 * CRM builder is the default of every tenant that has not stored a playbook of its own; a
 * rule names a template of the playbook or carries its own activity spec.
 *
 * @param templates the templates, keys unique
 * @param followUps the follow-up rules, tried in order; the first that applies wins
 */
public record ActivityPlaybook(List<ActivityTemplate> templates, List<FollowUpRule> followUps) {

    public ActivityPlaybook {
        templates = List.copyOf(Preconditions.notNull(templates, "templates"));
        followUps = List.copyOf(Preconditions.notNull(followUps, "followUps"));
        Map<String, ActivityTemplate> byKey = new HashMap<>();
        for (ActivityTemplate template : templates) {
            if (byKey.put(template.key(), template) != null) {
                throw new ValidationException("templates", "key '" + template.key() + "' is used twice");
            }
        }
        for (FollowUpRule rule : followUps) {
            if (rule.templateKey() != null) {
                Preconditions.check(byKey.containsKey(rule.templateKey()), "followUps",
                        "rule for outcome '" + rule.outcome() + "' names unknown template '" + rule.templateKey() + "'");
                FollowUpRule.requireFillable(byKey.get(rule.templateKey()), "followUps");
            }
        }
    }

    /** No templates, no rules. */
    public static ActivityPlaybook empty() {
        return new ActivityPlaybook(List.of(), List.of());
    }

    public Optional<ActivityTemplate> template(String key) {
        return templates.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** The first rule for this completion, if any. */
    public Optional<FollowUpRule> followUpFor(ActivityType type, String outcome) {
        return followUps.stream().filter(rule -> rule.appliesTo(type, outcome)).findFirst();
    }

    /** What the rule plans: its own activity spec, or the template of this playbook it names. */
    public ActivityTemplate nextActivityOf(FollowUpRule rule) {
        return rule.activity() != null ? rule.activity() : template(rule.templateKey()).orElseThrow(
                () -> new ValidationException("rule.templateKey", "no template '" + rule.templateKey() + "'"));
    }

    /** The day {@code businessDays} working days (Monday to Friday) after {@code day}. */
    public static LocalDate addBusinessDays(LocalDate day, int businessDays) {
        LocalDate result = day;
        int left = businessDays;
        while (left > 0) {
            result = result.plusDays(1);
            if (result.getDayOfWeek() != DayOfWeek.SATURDAY && result.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return result;
    }
}
