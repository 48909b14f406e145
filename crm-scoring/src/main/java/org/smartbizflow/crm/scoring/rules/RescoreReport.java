package org.smartbizflow.crm.scoring.rules;

import java.util.List;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.Violation;

/**
 * The outcome of re-scoring many leads after a rule change: the rule-set version applied,
 * how many were scored, and which could not be, with why (per-item results, not an
 * exception that loses the rest of the batch).
 *
 * @param ruleSetVersion the version every new score records
 * @param scored         leads scored
 * @param failures       leads that could not be scored: subject id as field, reason as problem
 */
public record RescoreReport(String ruleSetVersion, long scored, List<Violation> failures) {

    public RescoreReport {
        Preconditions.notBlank(ruleSetVersion, "ruleSetVersion");
        Preconditions.check(scored >= 0, "scored", "must not be negative");
        failures = List.copyOf(failures);
    }
}
