package org.smartbizflow.crm.forecasting.series;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Naive and seasonal naive forecasts: the baselines every other model must beat. Their
 * intervals are the textbook random-walk ones (variance grows with the number of seasons ahead).
 */
final class Baselines implements FittedModel {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private final double[] y;
    private final int m;
    private final double sigma;

    private Baselines(double[] y, int m) {
        this.y = y;
        this.m = m;
        double sum = 0;
        int count = 0;
        for (int t = m; t < y.length; t++) {
            double d = y[t] - y[t - m];
            sum += d * d;
            count++;
        }
        this.sigma = count == 0 ? 0 : Math.sqrt(sum / count);
    }

    static Baselines naive(double[] y) {
        return new Baselines(y, 1);
    }

    /** Falls back to the naive forecast when there is not one full season plus one observation. */
    static Baselines seasonalNaive(double[] y, int m) {
        return new Baselines(y, y.length > m ? m : 1);
    }

    @Override
    public String description() {
        return m == 1 ? "Naive" : "SeasonalNaive(m=" + m + ")";
    }

    @Override
    public String kind() {
        return m == 1 ? "naive" : "seasonal-naive";
    }

    @Override
    public double[] point(int horizon) {
        double[] f = new double[horizon];
        int n = y.length;
        for (int h = 1; h <= horizon; h++) {
            f[h - 1] = y[n - m + (h - 1) % m];
        }
        return f;
    }

    @Override
    public double[][] interval(int horizon, double level) {
        double z = STANDARD_NORMAL.inverseCumulativeProbability(0.5 + level / 2);
        double[] f = point(horizon);
        double[][] out = new double[2][horizon];
        for (int h = 1; h <= horizon; h++) {
            double seasonsAhead = Math.floor((h - 1) / (double) m) + 1;
            double half = z * sigma * Math.sqrt(seasonsAhead);
            out[0][h - 1] = f[h - 1] - half;
            out[1][h - 1] = f[h - 1] + half;
        }
        return out;
    }

    @Override
    public boolean simulated() {
        return false;
    }

    @Override
    public double aicc() {
        return Double.NaN;
    }
}
