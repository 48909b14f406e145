package org.smartbizflow.crm.forecasting.series;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.exception.MaxCountExceededException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Exponential smoothing in error-correction form with additive errors: simple, Holt, damped
 * Holt and Holt-Winters with additive or multiplicative seasonality. Smoothing parameters and
 * the initial level and trend are fitted by minimising the one-step sum of squared errors
 * (equivalent to maximum likelihood under Gaussian errors) with Nelder-Mead; initial seasonal
 * indices come from a classical decomposition. Intervals are analytical for the linear
 * (additive) models and simulated for multiplicative seasonality, where no closed form exists;
 * the simulation draws errors proportional to the forecast (their size estimated from the
 * relative one-step errors) because such series spread as they grow.
 */
final class ExponentialSmoothingFit implements FittedModel {

    enum Trend { NONE, ADDITIVE, DAMPED }

    enum Season { NONE, ADDITIVE, MULTIPLICATIVE }

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);
    private static final double MIN_PARAM = 1e-4;
    private static final double MAX_PARAM = 0.9999;
    private static final double PHI_LOW = 0.80;
    private static final double PHI_HIGH = 0.98;
    private static final int SIMULATED_PATHS = 2000;

    private final Trend trend;
    private final Season season;
    private final int m;
    private final int n;
    private final double alpha;
    private final double beta;
    private final double gamma;
    private final double phi;
    private final double level;
    private final double slope;
    private final double[] seasonal;
    private final double sigma2;
    /** Variance of the one-step errors relative to the forecast, for multiplicative simulation. */
    private final double relativeSigma2;
    private final double aicc;

    private ExponentialSmoothingFit(Trend trend, Season season, int m, int n, double[] params, double[] finalState,
                                    double[] seasonal, double sse, int parameterCount) {
        this.trend = trend;
        this.season = season;
        this.m = m;
        this.n = n;
        this.alpha = params[0];
        this.beta = params[1];
        this.gamma = params[2];
        this.phi = params[3];
        this.level = finalState[0];
        this.slope = finalState[1];
        this.seasonal = seasonal;
        int dof = n - parameterCount;
        this.sigma2 = sse / Math.max(dof, 1);
        this.relativeSigma2 = finalState[2] / Math.max(dof, 1);
        double k = parameterCount + 1.0;
        double logLik = n * Math.log(Math.max(sse, 1e-300) / n);
        this.aicc = n - k - 1 > 0 ? logLik + 2 * k + 2 * k * (k + 1) / (n - k - 1) : Double.POSITIVE_INFINITY;
    }

    /** The fewest observations a seasonal fit accepts: two full seasons and two more. */
    static int minimumLength(Season season, int m) {
        return season == Season.NONE ? CleanSeries.MIN_LENGTH : 2 * m + 2;
    }

    static ExponentialSmoothingFit fit(double[] y, Trend trend, Season season, int period) {
        int m = season == Season.NONE ? 1 : period;
        int n = y.length;
        double[] s0 = initialSeasonal(y, season, m);
        double[] deseasonalised = new double[n];
        for (int t = 0; t < n; t++) {
            deseasonalised[t] = season == Season.MULTIPLICATIVE ? y[t] / s0[t % m] : y[t] - s0[t % m];
        }
        int window = Math.min(n, Math.max(2 * m, 10));
        double[] line = line(deseasonalised, window);
        double l0 = trend == Trend.NONE ? mean(deseasonalised, 0, window) : line[0] - line[1];
        double b0 = trend == Trend.NONE ? 0 : line[1];
        double scale = Math.max(range(y) / 10, 1e-9);

        boolean hasTrend = trend != Trend.NONE;
        boolean hasSeason = season != Season.NONE;
        boolean damped = trend == Trend.DAMPED;
        int dim = 1 + (hasTrend ? 1 : 0) + (hasSeason ? 1 : 0) + (damped ? 1 : 0) + 1 + (hasTrend ? 1 : 0);
        double[] guess = new double[dim];
        int i = 0;
        guess[i++] = logit(0.3);
        if (hasTrend) {
            guess[i++] = logit(0.1);
        }
        if (hasSeason) {
            guess[i++] = logit(0.1);
        }
        if (damped) {
            guess[i++] = 0;
        }
        // The initial level and trend are offsets from the heuristic start, in units of scale.
        Objective objective = new Objective(y, trend, season, m, s0, l0, b0, scale);
        double[] best = objective.minimise(guess);
        double[] params = objective.decode(best);
        double[] state = new double[3];
        double[] seasonalState = s0.clone();
        double sse = recurse(y, trend, season, m, params, params[4], params[5], seasonalState, state);
        int parameterCount = dim + (hasSeason ? m - 1 : 0);
        return new ExponentialSmoothingFit(trend, season, m, n, params, state, seasonalState, sse, parameterCount);
    }

    /**
     * Runs the recursions; returns the sum of squared one-step errors, or infinity when the
     * multiplicative form breaks down (a non-positive level or index). {@code seasonal} is
     * updated in place; {@code stateOut}, when given, receives the final level and trend.
     */
    static double recurse(double[] y, Trend trend, Season season, int m, double[] params, double l0, double b0,
                          double[] seasonal, double[] stateOut) {
        double a = params[0];
        double b = params[1];
        double g = params[2];
        double ph = params[3];
        double l = l0;
        double slope = trend == Trend.NONE ? 0 : b0;
        double sse = 0;
        double relative = 0;
        boolean multiplicative = season == Season.MULTIPLICATIVE;
        boolean seasonalModel = season != Season.NONE;
        for (int t = 0; t < y.length; t++) {
            double trendPart = ph * slope;
            double base = l + trendPart;
            int j = t % m;
            double st = seasonal[j];
            if (multiplicative) {
                if (st <= 0 || base <= 0) {
                    return Double.POSITIVE_INFINITY;
                }
                double e = y[t] - base * st;
                sse += e * e;
                relative += (e / (base * st)) * (e / (base * st));
                l = base + a * e / st;
                slope = trendPart + a * b * e / st;
                seasonal[j] = st + g * e / base;
            } else {
                double e = y[t] - base - st;
                sse += e * e;
                l = base + a * e;
                slope = trendPart + a * b * e;
                if (seasonalModel) {
                    seasonal[j] = st + g * e;
                }
            }
        }
        if (stateOut != null) {
            stateOut[0] = l;
            stateOut[1] = slope;
            stateOut[2] = relative;
        }
        return Double.isNaN(sse) ? Double.POSITIVE_INFINITY : sse;
    }

    @Override
    public String description() {
        StringBuilder sb = new StringBuilder(switch (season) {
            case NONE -> trend == Trend.NONE ? "SES" : trend == Trend.ADDITIVE ? "Holt" : "HoltDamped";
            case ADDITIVE -> trend == Trend.NONE ? "SeasonalAdditive"
                    : trend == Trend.DAMPED ? "HoltWintersAdditiveDamped" : "HoltWintersAdditive";
            case MULTIPLICATIVE -> trend == Trend.NONE ? "SeasonalMultiplicative"
                    : trend == Trend.DAMPED ? "HoltWintersMultiplicativeDamped" : "HoltWintersMultiplicative";
        });
        sb.append(String.format(Locale.ROOT, "(alpha=%.3f", alpha));
        if (trend != Trend.NONE) {
            sb.append(String.format(Locale.ROOT, ", beta=%.3f", beta));
        }
        if (season != Season.NONE) {
            sb.append(String.format(Locale.ROOT, ", gamma=%.3f, m=%d", gamma, m));
        }
        if (trend == Trend.DAMPED) {
            sb.append(String.format(Locale.ROOT, ", phi=%.3f", phi));
        }
        return sb.append(')').toString();
    }

    double alpha() {
        return alpha;
    }

    @Override
    public String kind() {
        return switch (season) {
            case NONE -> trend == Trend.NONE ? "ses" : trend == Trend.ADDITIVE ? "holt" : "holt-damped";
            case ADDITIVE -> trend == Trend.NONE ? "seasonal-additive"
                    : trend == Trend.DAMPED ? "holt-winters-additive-damped" : "holt-winters-additive";
            case MULTIPLICATIVE -> trend == Trend.NONE ? "seasonal-multiplicative"
                    : trend == Trend.DAMPED ? "holt-winters-multiplicative-damped" : "holt-winters-multiplicative";
        };
    }

    @Override
    public double[] point(int horizon) {
        double[] f = new double[horizon];
        double phiSum = 0;
        double power = 1;
        for (int h = 1; h <= horizon; h++) {
            power *= phi;
            phiSum += trend == Trend.ADDITIVE ? 1 : power;
            double base = level + phiSum * slope;
            double st = seasonal[(n + h - 1) % m];
            f[h - 1] = season == Season.MULTIPLICATIVE ? base * st : base + st;
        }
        return f;
    }

    @Override
    public double[][] interval(int horizon, double level) {
        return season == Season.MULTIPLICATIVE ? simulatedInterval(horizon, level) : analyticalInterval(horizon, level);
    }

    private double[][] analyticalInterval(int horizon, double lev) {
        double z = STANDARD_NORMAL.inverseCumulativeProbability(0.5 + lev / 2);
        double[] f = point(horizon);
        double[][] out = new double[2][horizon];
        double sumC2 = 0;
        double phiSum = 0;
        double power = 1;
        for (int h = 1; h <= horizon; h++) {
            double half = z * Math.sqrt(sigma2 * (1 + sumC2));
            out[0][h - 1] = f[h - 1] - half;
            out[1][h - 1] = f[h - 1] + half;
            // c_j for the next step uses j = h.
            power *= phi;
            phiSum += trend == Trend.ADDITIVE ? 1 : power;
            double c = alpha * (1 + (trend == Trend.NONE ? 0 : beta * phiSum))
                    + (season != Season.NONE && h % m == 0 ? gamma : 0);
            sumC2 += c * c;
        }
        return out;
    }

    private double[][] simulatedInterval(int horizon, double lev) {
        double sigma = Math.sqrt(relativeSigma2);
        double[][] paths = new double[horizon][SIMULATED_PATHS];
        SplittableRandom random = new SplittableRandom(0x5EEDL + n);
        double[] s = new double[m];
        for (int p = 0; p < SIMULATED_PATHS; p++) {
            System.arraycopy(seasonal, 0, s, 0, m);
            double l = level;
            double b = slope;
            for (int h = 1; h <= horizon; h++) {
                double trendPart = phi * b;
                double base = l + trendPart;
                int j = (n + h - 1) % m;
                double st = s[j];
                // Errors proportional to the level: the spread of a multiplicative series grows with it.
                double e = base * st * sigma * random.nextGaussian();
                paths[h - 1][p] = base * st + e;
                if (st > 0 && base > 0) {
                    l = base + alpha * e / st;
                    b = trendPart + alpha * beta * e / st;
                    s[j] = st + gamma * e / base;
                } else {
                    l = base;
                    b = trendPart;
                }
            }
        }
        double[] f = point(horizon);
        double[][] out = new double[2][horizon];
        double tail = (1 - lev) / 2;
        for (int h = 0; h < horizon; h++) {
            double[] sorted = paths[h];
            Arrays.sort(sorted);
            out[0][h] = Math.min(f[h], sorted[(int) Math.floor(tail * (SIMULATED_PATHS - 1))]);
            out[1][h] = Math.max(f[h], sorted[(int) Math.ceil((1 - tail) * (SIMULATED_PATHS - 1))]);
        }
        return out;
    }

    @Override
    public boolean simulated() {
        return season == Season.MULTIPLICATIVE;
    }

    @Override
    public double aicc() {
        return aicc;
    }

    private static double[] initialSeasonal(double[] y, Season season, int m) {
        double[] s = new double[m];
        if (season == Season.NONE) {
            return s;
        }
        boolean mul = season == Season.MULTIPLICATIVE;
        int n = y.length;
        int half = m / 2;
        double[] sum = new double[m];
        int[] count = new int[m];
        for (int t = half; t + half < n; t++) {
            double cma;
            if (m % 2 == 0) {
                double acc = 0.5 * y[t - half] + 0.5 * y[t + half];
                for (int k = t - half + 1; k < t + half; k++) {
                    acc += y[k];
                }
                cma = acc / m;
            } else {
                double acc = 0;
                for (int k = t - half; k <= t + half; k++) {
                    acc += y[k];
                }
                cma = acc / m;
            }
            sum[t % m] += mul ? y[t] / cma : y[t] - cma;
            count[t % m]++;
        }
        double total = 0;
        for (int j = 0; j < m; j++) {
            s[j] = count[j] == 0 ? (mul ? 1 : 0) : sum[j] / count[j];
            total += s[j];
        }
        double mean = total / m;
        for (int j = 0; j < m; j++) {
            s[j] = mul ? s[j] / mean : s[j] - mean;
        }
        return s;
    }

    /** Least-squares intercept (at t = 0) and slope of the first {@code window} values. */
    private static double[] line(double[] y, int window) {
        double meanT = (window - 1) / 2.0;
        double meanY = mean(y, 0, window);
        double sxy = 0;
        double sxx = 0;
        for (int t = 0; t < window; t++) {
            sxy += (t - meanT) * (y[t] - meanY);
            sxx += (t - meanT) * (t - meanT);
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        return new double[] {meanY - slope * meanT, slope};
    }

    private static double mean(double[] y, int from, int to) {
        double s = 0;
        for (int t = from; t < to; t++) {
            s += y[t];
        }
        return s / (to - from);
    }

    private static double range(double[] y) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return hi - lo;
    }

    private static double logit(double p) {
        double q = (p - MIN_PARAM) / (MAX_PARAM - MIN_PARAM);
        return Math.log(q / (1 - q));
    }

    private static double squash(double x) {
        return MIN_PARAM + (MAX_PARAM - MIN_PARAM) / (1 + Math.exp(-x));
    }

    /** The SSE as a function of unconstrained variables; remembers the best point it saw. */
    private static final class Objective implements MultivariateFunction {
        private final double[] y;
        private final Trend trend;
        private final Season season;
        private final int m;
        private final double[] s0;
        private final double[] work;
        private final double l0;
        private final double b0;
        private final double scale;
        private double bestValue = Double.POSITIVE_INFINITY;
        private double[] bestPoint;

        Objective(double[] y, Trend trend, Season season, int m, double[] s0, double l0, double b0, double scale) {
            this.y = y;
            this.trend = trend;
            this.season = season;
            this.m = m;
            this.s0 = s0;
            this.work = new double[m];
            this.l0 = l0;
            this.b0 = b0;
            this.scale = scale;
        }

        /** alpha, beta, gamma, phi, l0, b0. */
        double[] decode(double[] x) {
            int i = 0;
            double a = squash(x[i++]);
            double b = trend != Trend.NONE ? squash(x[i++]) : 0;
            double g = season != Season.NONE ? (1 - a) * squash(x[i++]) : 0;
            double ph = trend == Trend.DAMPED ? PHI_LOW + (PHI_HIGH - PHI_LOW) / (1 + Math.exp(-x[i++]))
                    : 1;
            double level0 = l0 + scale * x[i++];
            double slope0 = trend != Trend.NONE ? b0 + scale / 10 * x[i] : 0;
            return new double[] {a, b, g, ph, level0, slope0};
        }

        @Override
        public double value(double[] x) {
            double[] p = decode(x);
            System.arraycopy(s0, 0, work, 0, m);
            double sse = recurse(y, trend, season, m, p, p[4], p[5], work, null);
            if (sse < bestValue) {
                bestValue = sse;
                bestPoint = x.clone();
            }
            return sse;
        }

        double[] minimise(double[] guess) {
            int dim = guess.length;
            double[] steps = new double[dim];
            Arrays.fill(steps, 1.0);
            bestPoint = guess.clone();
            try {
                new SimplexOptimizer(1e-7, 1e-10).optimize(new MaxEval(300 * dim), new MaxIter(300 * dim),
                        new ObjectiveFunction(this), GoalType.MINIMIZE, new InitialGuess(guess),
                        new NelderMeadSimplex(steps));
            } catch (MaxCountExceededException e) {
                // The best point seen so far is good enough; Nelder-Mead is only polishing by then.
                return bestPoint;
            }
            return bestPoint;
        }
    }
}
