package org.smartbizflow.crm.scoring;

import org.smartbizflow.crm.shared.Preconditions;

/**
 * A lead's score between 0 and 100 with its grade, the version of the rule set or model that
 * produced it (so a stored score can be told stale after the rules change), and why.
 *
 * @param value       0 to 100, higher is better
 * @param grade       the A-D grade
 * @param version     the rule-set or model version that produced the score
 * @param explanation the factors behind the score
 */
public record Score(double value, Grade grade, String version, ScoreExplanation explanation) {

    public Score {
        Preconditions.check(value >= 0 && value <= 100, "value", "must be between 0 and 100: " + value);
        Preconditions.notNull(grade, "grade");
        Preconditions.notBlank(version, "version");
        Preconditions.notNull(explanation, "explanation");
    }
}
