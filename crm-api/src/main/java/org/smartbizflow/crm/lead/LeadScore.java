package org.smartbizflow.crm.lead;

import java.time.Instant;
import java.util.List;
import org.smartbizflow.crm.scoring.Factor;
import org.smartbizflow.crm.scoring.Grade;
import org.smartbizflow.crm.scoring.Score;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * The latest score the configured lead scorer gave a lead, as the CRM stores it: the value and
 * grade, the rule-set or model version that produced it (a score made with another version is
 * stale), when it was made, and the factors behind it, strongest first.
 *
 * @param leadId   the lead
 * @param value    0 to 100
 * @param grade    the A-D grade
 * @param version  the scorer's version, at most {@value #VERSION_MAX} characters
 * @param scoredAt when the score was made
 * @param factors  the explanation, at most {@value #MAX_FACTORS} factors, strongest first, each
 *                 name at most {@value #FACTOR_NAME_MAX} characters
 */
public record LeadScore(LeadId leadId, double value, Grade grade, String version, Instant scoredAt,
                        List<Factor> factors) {

    /** The most factors kept with a stored score; a scorer's weaker factors beyond them are dropped. */
    public static final int MAX_FACTORS = 20;
    public static final int VERSION_MAX = 64;
    /** The longest factor name kept (a rule id or feature name). */
    public static final int FACTOR_NAME_MAX = 200;

    public LeadScore {
        Preconditions.notNull(leadId, "leadId");
        Preconditions.check(value >= 0 && value <= 100, "value", "must be between 0 and 100: " + value);
        Preconditions.notNull(grade, "grade");
        Preconditions.maxLength(Preconditions.notBlank(version, "version"), VERSION_MAX, "version");
        Preconditions.notNull(scoredAt, "scoredAt");
        Preconditions.notNull(factors, "factors");
        Preconditions.check(factors.size() <= MAX_FACTORS, "factors", "at most " + MAX_FACTORS + " factors");
        for (int i = 0; i < factors.size(); i++) {
            Preconditions.notNull(factors.get(i), "factors[" + i + "]");
            Preconditions.check(factors.get(i).name().length() <= FACTOR_NAME_MAX, "factors[" + i + "].name",
                    "at most " + FACTOR_NAME_MAX + " characters");
        }
        factors = List.copyOf(factors);
    }

    /** The scorer's result for the lead at {@code scoredAt}, keeping its {@value #MAX_FACTORS} strongest factors. */
    public static LeadScore of(LeadId leadId, Score score, Instant scoredAt) {
        Preconditions.notNull(score, "score");
        List<Factor> factors = score.explanation().factors();
        return new LeadScore(leadId, score.value(), score.grade(), score.version(), scoredAt,
                factors.subList(0, Math.min(MAX_FACTORS, factors.size())));
    }

    /** The value rounded to a whole number: the form kept on the lead for search and sorting. */
    public int rounded() {
        return (int) Math.round(value);
    }
}
