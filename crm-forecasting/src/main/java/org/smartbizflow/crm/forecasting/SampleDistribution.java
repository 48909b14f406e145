package org.smartbizflow.crm.forecasting;

import java.util.Arrays;
import java.util.Currency;
import org.smartbizflow.crm.forecast.OutcomeDistribution;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Preconditions;

/** The empirical distribution of simulated period totals (minor units, sorted). */
final class SampleDistribution implements OutcomeDistribution {

    private final Currency currency;
    private final double[] sorted;
    private final double meanMinor;

    SampleDistribution(Currency currency, double[] totals) {
        this.currency = currency;
        this.sorted = totals;
        Arrays.sort(this.sorted);
        double sum = 0;
        for (double v : totals) {
            sum += v;
        }
        this.meanMinor = sum / totals.length;
    }

    @Override
    public Currency currency() {
        return currency;
    }

    @Override
    public Money quantile(double p) {
        Preconditions.check(p >= 0 && p <= 1, "p", "must be between 0 and 1");
        int index = (int) Math.ceil(p * sorted.length - 1e-9) - 1;
        return MinorUnits.toMoney(sorted[Math.max(0, Math.min(sorted.length - 1, index))], currency);
    }

    @Override
    public double probabilityOfReaching(Money target) {
        double t = MinorUnits.of(target, currency);
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] >= t) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return (double) (sorted.length - lo) / sorted.length;
    }

    @Override
    public Money mean() {
        return MinorUnits.toMoney(meanMinor, currency);
    }
}
