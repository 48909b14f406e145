package org.smartbizflow.crm.forecasting;

import java.util.Currency;
import org.smartbizflow.crm.forecast.OutcomeDistribution;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * A distribution held as probabilities on an evenly spaced amount grid above a certain part
 * (the amount already won). Amounts are in minor units of the currency.
 */
final class GridDistribution implements OutcomeDistribution {

    private final Currency currency;
    private final double certainMinor;
    private final double cellMinor;
    private final double[] cumulative;
    private final double meanMinor;
    private final double maximumMinor;

    /** {@code maximumMinor} caps values so that cell rounding never reports more than every deal won. */
    GridDistribution(Currency currency, double certainMinor, double cellMinor, double[] pmf, double meanMinor,
                     double maximumMinor) {
        this.maximumMinor = maximumMinor;
        this.currency = currency;
        this.certainMinor = certainMinor;
        this.cellMinor = cellMinor;
        this.cumulative = new double[pmf.length];
        double acc = 0;
        for (int j = 0; j < pmf.length; j++) {
            acc += pmf[j];
            cumulative[j] = acc;
        }
        // Rounding leaves the total a hair off 1; scale so the last cell is exactly 1.
        for (int j = 0; j < pmf.length; j++) {
            cumulative[j] /= acc;
        }
        this.meanMinor = meanMinor;
    }

    @Override
    public Currency currency() {
        return currency;
    }

    @Override
    public Money quantile(double p) {
        Preconditions.check(p >= 0 && p <= 1, "p", "must be between 0 and 1");
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] >= p - 1e-12) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return MinorUnits.toMoney(Math.min(maximumMinor, certainMinor + lo * cellMinor), currency);
    }

    @Override
    public double probabilityOfReaching(Money target) {
        double t = MinorUnits.of(target, currency);
        double cells = (t - certainMinor) / cellMinor;
        if (cells <= 0) {
            return 1.0;
        }
        int first = (int) Math.ceil(cells - 1e-9);
        if (first <= 0) {
            return 1.0;
        }
        if (first >= cumulative.length) {
            return 0.0;
        }
        return Math.max(0, 1 - cumulative[first - 1]);
    }

    @Override
    public Money mean() {
        return MinorUnits.toMoney(meanMinor, currency);
    }

    int cells() {
        return cumulative.length;
    }

    double cellMinor() {
        return cellMinor;
    }

}
