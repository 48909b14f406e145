package org.smartbizflow.crm.forecasting.series;

/**
 * The error measures backtests report, defined once so every report agrees. sMAPE is in
 * percent (0 to 200) with 0/0 counted as no error, so zeros in a series are harmless; MASE
 * scales by the in-sample mean absolute seasonal-naive error and is NaN when that is zero.
 */
final class ForecastErrors {

    private ForecastErrors() {
    }

    static double smapeTerm(double actual, double forecast) {
        double denominator = Math.abs(actual) + Math.abs(forecast);
        return denominator == 0 ? 0 : 200 * Math.abs(actual - forecast) / denominator;
    }

    /** Mean absolute seasonal-naive (lag {@code m}, or lag 1 when too short) error in sample. */
    static double maseScale(double[] train, int m) {
        int lag = train.length > m ? m : 1;
        double sum = 0;
        int count = 0;
        for (int t = lag; t < train.length; t++) {
            sum += Math.abs(train[t] - train[t - lag]);
            count++;
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
