package org.smartbizflow.crm.forecast;

import java.util.Currency;
import org.smartbizflow.crm.shared.DateRange;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * What will close in a period for one scope, and how sure we are: category roll-ups (cumulative:
 * Commit includes Closed, Best Case includes Commit, Pipeline includes Best Case), the weighted
 * amount, and the distribution of the total with its P10, P50 and P90.
 *
 * @param period       the period
 * @param scope        whose numbers these are
 * @param scopeKey     the owner, team or territory key ({@code "tenant"} for the whole tenant)
 * @param closed       won in the period
 * @param commit       closed plus committed
 * @param bestCase     commit plus best case
 * @param pipeline     best case plus the rest of the open pipeline
 * @param weighted     closed plus the sum of amount times win probability of open deals
 * @param dealCount    deals counted (open ones closing in the period and the won ones)
 * @param distribution what the period's total may turn out to be
 */
public record PipelineForecast(DateRange period, ForecastScope scope, String scopeKey, Money closed, Money commit,
                               Money bestCase, Money pipeline, Money weighted, int dealCount,
                               OutcomeDistribution distribution) {

    public PipelineForecast {
        Preconditions.notNull(period, "period");
        Preconditions.notNull(scope, "scope");
        scopeKey = Preconditions.notBlank(scopeKey, "scopeKey");
        Preconditions.notNull(closed, "closed");
        Preconditions.notNull(commit, "commit");
        Preconditions.notNull(bestCase, "bestCase");
        Preconditions.notNull(pipeline, "pipeline");
        Preconditions.notNull(weighted, "weighted");
        Preconditions.notNull(distribution, "distribution");
        Preconditions.check(commit.compareTo(closed) >= 0, "commit", "must include closed");
        Preconditions.check(bestCase.compareTo(commit) >= 0, "bestCase", "must include commit");
        Preconditions.check(pipeline.compareTo(bestCase) >= 0, "pipeline", "must include best case");
        Preconditions.check(dealCount >= 0, "dealCount", "must not be negative");
    }

    public Currency currency() {
        return closed.currency();
    }

    public Money p10() {
        return distribution.quantile(0.10);
    }

    public Money p50() {
        return distribution.quantile(0.50);
    }

    public Money p90() {
        return distribution.quantile(0.90);
    }

    public Money quantile(double p) {
        return distribution.quantile(p);
    }

    /** P(the period's total reaches {@code target}), won deals included. */
    public double probabilityOfReaching(Money target) {
        return distribution.probabilityOfReaching(target);
    }
}
