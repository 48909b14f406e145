package org.smartbizflow.crm.scoring.rules;

import org.smartbizflow.crm.scoring.EngagementType;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * Points for what the prospect does: each event of the type adds its points, decayed by age
 * with a half-life (a form submitted today counts fully, one submitted a half-life ago counts
 * half), and the rule's total is capped so a hundred opened newsletters cannot outweigh a
 * meeting.
 *
 * @param id           unique id within the rule set, shown in explanations
 * @param event        the engagement type counted
 * @param points       points per event before decay
 * @param cap          most points the rule can contribute (positive infinity for none)
 * @param halfLifeDays days after which an event counts half; 0 means no decay
 */
public record EngagementRule(String id, EngagementType event, double points, double cap, double halfLifeDays) {

    public EngagementRule {
        Preconditions.notBlank(id, "id");
        Preconditions.notNull(event, "event");
        Preconditions.check(Double.isFinite(points), "points", "must be a finite number");
        Preconditions.check(cap > 0, "cap", "must be positive");
        Preconditions.check(halfLifeDays >= 0 && Double.isFinite(halfLifeDays), "halfLifeDays",
                "must be zero (no decay) or positive");
    }

    public EngagementRule withPoints(double value) {
        return new EngagementRule(id, event, value, cap, halfLifeDays);
    }
}
