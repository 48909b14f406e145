package org.smartbizflow.crm.forecasting.series;

import org.smartbizflow.crm.forecast.TimeSeries;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * The documented treatment of missing periods: interior gaps are filled by linear
 * interpolation between their neighbours; a gap at either end is refused because nothing
 * honest can be said about it.
 */
final class CleanSeries {

    /** The fewest observations any model accepts. */
    static final int MIN_LENGTH = 3;

    private CleanSeries() {
    }

    static double[] values(TimeSeries series) {
        double[] y = series.values();
        if (y.length < MIN_LENGTH) {
            throw new ValidationException("series", series.name() + " has " + y.length
                    + " observations; at least " + MIN_LENGTH + " are needed");
        }
        if (Double.isNaN(y[0]) || Double.isNaN(y[y.length - 1])) {
            throw new ValidationException("series", series.name()
                    + " starts or ends with a missing period; trim it before forecasting");
        }
        int i = 1;
        while (i < y.length) {
            if (Double.isNaN(y[i])) {
                int start = i - 1;
                int end = i;
                while (Double.isNaN(y[end])) {
                    end++;
                }
                for (int k = start + 1; k < end; k++) {
                    y[k] = y[start] + (y[end] - y[start]) * (k - start) / (end - start);
                }
                i = end;
            }
            i++;
        }
        return y;
    }

    static boolean allPositive(double[] y) {
        for (double v : y) {
            if (v <= 0) {
                return false;
            }
        }
        return true;
    }
}
