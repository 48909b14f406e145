package org.smartbizflow.crm.forecasting.series;

import java.util.Locale;

/**
 * The Theta method (Assimakopoulos and Nikolopoulos), in the form shown by Hyndman and Billah to
 * be simple exponential smoothing with drift equal to half the slope of a linear trend. Seasonal
 * series with positive values are first adjusted by a classical multiplicative decomposition and
 * re-seasonalised afterwards. Intervals are those of the underlying SES, scaled by the season.
 */
final class ThetaFit implements FittedModel {

    private final int n;
    private final int m;
    private final double[] seasonIndex;
    private final ExponentialSmoothingFit ses;
    private final double drift;
    private final double alpha;

    private ThetaFit(int n, int m, double[] seasonIndex, ExponentialSmoothingFit ses, double drift, double alpha) {
        this.n = n;
        this.m = m;
        this.seasonIndex = seasonIndex;
        this.ses = ses;
        this.drift = drift;
        this.alpha = alpha;
    }

    static ThetaFit fit(double[] y, int period) {
        int n = y.length;
        boolean seasonal = period > 1 && n >= 2 * period + 2 && CleanSeries.allPositive(y);
        int m = seasonal ? period : 1;
        double[] index = new double[m];
        java.util.Arrays.fill(index, 1.0);
        if (seasonal) {
            index = multiplicativeIndices(y, m);
        }
        double[] adjusted = new double[n];
        for (int t = 0; t < n; t++) {
            adjusted[t] = y[t] / index[t % m];
        }
        ExponentialSmoothingFit ses = ExponentialSmoothingFit.fit(adjusted, ExponentialSmoothingFit.Trend.NONE,
                ExponentialSmoothingFit.Season.NONE, 1);
        double meanT = (n - 1) / 2.0;
        double meanY = 0;
        for (double v : adjusted) {
            meanY += v;
        }
        meanY /= n;
        double sxy = 0;
        double sxx = 0;
        for (int t = 0; t < n; t++) {
            sxy += (t - meanT) * (adjusted[t] - meanY);
            sxx += (t - meanT) * (t - meanT);
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        double alpha = ses.alpha();
        return new ThetaFit(n, m, index, ses, slope / 2, alpha);
    }

    private static double[] multiplicativeIndices(double[] y, int m) {
        int n = y.length;
        int half = m / 2;
        double[] sum = new double[m];
        int[] count = new int[m];
        for (int t = half; t + half < n; t++) {
            double acc = 0;
            if (m % 2 == 0) {
                acc = 0.5 * y[t - half] + 0.5 * y[t + half];
                for (int k = t - half + 1; k < t + half; k++) {
                    acc += y[k];
                }
            } else {
                for (int k = t - half; k <= t + half; k++) {
                    acc += y[k];
                }
            }
            sum[t % m] += y[t] / (acc / m);
            count[t % m]++;
        }
        double[] index = new double[m];
        double total = 0;
        for (int j = 0; j < m; j++) {
            index[j] = count[j] == 0 ? 1 : sum[j] / count[j];
            total += index[j];
        }
        for (int j = 0; j < m; j++) {
            index[j] /= total / m;
        }
        return index;
    }

    @Override
    public String description() {
        return String.format(Locale.ROOT, "Theta(alpha=%.3f, drift=%.4g%s)", alpha, drift,
                m > 1 ? ", seasonally adjusted m=" + m : "");
    }

    @Override
    public String kind() {
        return "theta";
    }

    @Override
    public double[] point(int horizon) {
        double[] base = ses.point(horizon);
        double[] f = new double[horizon];
        double tail = Math.pow(1 - alpha, n);
        for (int h = 1; h <= horizon; h++) {
            double trend = drift * ((h - 1) + 1 / alpha - tail / alpha);
            f[h - 1] = (base[h - 1] + trend) * seasonIndex[(n + h - 1) % m];
        }
        return f;
    }

    @Override
    public double[][] interval(int horizon, double level) {
        double[][] sesInterval = ses.interval(horizon, level);
        double[] sesPoint = ses.point(horizon);
        double[] f = point(horizon);
        double[][] out = new double[2][horizon];
        for (int h = 0; h < horizon; h++) {
            double s = seasonIndex[(n + h) % m];
            out[0][h] = Math.min(f[h], f[h] - (sesPoint[h] - sesInterval[0][h]) * s);
            out[1][h] = Math.max(f[h], f[h] + (sesInterval[1][h] - sesPoint[h]) * s);
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
