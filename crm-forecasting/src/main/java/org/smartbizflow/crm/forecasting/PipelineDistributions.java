package org.smartbizflow.crm.forecasting;

import java.util.Currency;
import java.util.SplittableRandom;
import org.smartbizflow.crm.forecast.OutcomeDistribution;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * The two ways to compute the distribution of what a set of independent deals closes, on
 * primitive arrays (amounts in minor units). Exposed so benchmarks and hosts with their own
 * data structures can call them without building {@code ForecastDeal} records.
 *
 * <p>Exact: the Poisson-binomial distribution with amounts, by dynamic programming on an amount
 * grid. About {@code gridSize} cells cover the likely range (plus and minus eight standard
 * deviations around the mean); only cells with mass above 1e-15 are kept as the window moves.
 * An amount that falls between two cells is split between them in proportion, so the mean is
 * exact and the spread is off by less than a cell. The cell is a multiple of the amounts'
 * greatest common divisor, and is that divisor itself whenever the work stays within
 * {@code 4 * gridSize^2} steps, in which case the result is exact to rounding; deals with
 * probability 0 or 1 are always exact. Cost is at most about {@code deals * gridSize}
 * multiply-adds otherwise.
 *
 * <p>Monte Carlo: {@code trials} simulated periods with a seeded generator, so the same seed
 * gives the same answer; optionally each won deal's close date moves by a slippage drawn from
 * history and counts only if it still lands in the period.
 */
public final class PipelineDistributions {

    private static final double TWO_TO_53 = 0x1.0p53;
    /** Mass below this at the edges of the window is dropped: far below any quantile's resolution. */
    private static final double NEGLIGIBLE = 1e-15;

    private PipelineDistributions() {
    }

    /**
     * @param currency      the currency of the amounts
     * @param certainMinor  already won, added to every outcome
     * @param amountsMinor  open deal amounts, not negative
     * @param probabilities win probabilities, 0 to 1
     * @param gridSize      cells spanning the open amount
     */
    public static OutcomeDistribution exact(Currency currency, long certainMinor, long[] amountsMinor,
                                            double[] probabilities, int gridSize) {
        check(amountsMinor, probabilities);
        Preconditions.check(gridSize >= 16, "gridSize", "must be at least 16");
        double certain = certainMinor;
        double uncertainTotal = 0;
        double variance = 0;
        double mean = certainMinor;
        int n = amountsMinor.length;
        long gcd = 0;
        int uncertainCount = 0;
        for (int i = 0; i < n; i++) {
            double p = probabilities[i];
            double a = amountsMinor[i];
            mean += p * a;
            if (p >= 1.0) {
                certain += a;
            } else if (p > 0.0 && a > 0) {
                uncertainTotal += a;
                variance += p * (1 - p) * a * a;
                gcd = gcd(gcd, amountsMinor[i]);
                uncertainCount++;
            }
        }
        // The cell spreads about gridSize cells over +-8 standard deviations, where all but a
        // negligible mass lies; it is never so fine that the whole open amount needs more than
        // 64 * gridSize cells, and it is a multiple of the amounts' greatest common divisor so
        // that round amounts (the usual case) land exactly on the grid.
        double cell = Math.max(1.0, Math.max(16 * Math.sqrt(variance) / gridSize, uncertainTotal / (64.0 * gridSize)));
        if (gcd > 0) {
            cell = gcd * Math.ceil(cell / gcd - 1e-12);
            // When the whole open amount in steps of the common divisor is affordable, use that step:
            // every amount is then a whole number of cells and the result is exact.
            if ((double) uncertainCount * (uncertainTotal / gcd) <= 4.0 * gridSize * gridSize) {
                cell = gcd;
            }
        }
        long maxCells = 2;
        for (int i = 0; i < n; i++) {
            if (probabilities[i] > 0.0 && probabilities[i] < 1.0) {
                maxCells += (long) Math.ceil(amountsMinor[i] / cell) + 1;
            }
        }
        Preconditions.check(maxCells < Integer.MAX_VALUE - 8, "gridSize", "leads to too many cells");
        // Index 0 stays zero so that the recurrence can read one cell below the window.
        // Two buffers: each step reads one and writes the other, a loop without a carried
        // dependence that the JIT can vectorise. The buffer not in use is kept all zero.
        double[] f = new double[(int) maxCells + 1];
        double[] g = new double[(int) maxCells + 1];
        f[1] = 1.0;
        int lo = 1;
        int hi = 1;
        for (int i = 0; i < n; i++) {
            double p = probabilities[i];
            if (p <= 0.0 || p >= 1.0 || amountsMinor[i] == 0) {
                continue;
            }
            // A win adds x cells: floor(x) with weight 1 - w and floor(x) + 1 with weight w,
            // which keeps the mean exact (linear mass splitting between the neighbouring cells).
            double x = amountsMinor[i] / cell;
            int k = (int) Math.floor(x);
            double w = x - k;
            if (w < 1e-9) {
                w = 0;
            }
            double q = 1.0 - p;
            double pk = p * (1 - w);
            double pk1 = p * w;
            int newHi = hi + k + (w > 0 ? 1 : 0);
            // Cells outside [lo, hi] hold zero, so the sources need no bounds checks from k + 1 on.
            int split = Math.min(newHi + 1, Math.max(lo, k + 1));
            for (int j = lo; j < split; j++) {
                g[j] = q * f[j];
            }
            for (int j = split; j <= newHi; j++) {
                g[j] = q * f[j] + pk * f[j - k] + pk1 * f[j - k - 1];
            }
            java.util.Arrays.fill(f, lo, hi + 1, 0.0);
            double[] swap = f;
            f = g;
            g = swap;
            hi = newHi;
            while (hi > lo && f[hi] < NEGLIGIBLE) {
                f[hi--] = 0.0;
            }
            while (lo < hi && f[lo] < NEGLIGIBLE) {
                f[lo++] = 0.0;
            }
        }
        double[] window = java.util.Arrays.copyOfRange(f, lo, hi + 1);
        return new GridDistribution(currency, certain + (lo - 1) * cell, cell, window, mean, certain + uncertainTotal);
    }

    /** Monte Carlo without slippage. */
    public static OutcomeDistribution monteCarlo(Currency currency, long certainMinor, long[] amountsMinor,
                                                 double[] probabilities, int trials, long seed) {
        check(amountsMinor, probabilities);
        Preconditions.check(trials >= 1, "trials", "must be positive");
        int n = amountsMinor.length;
        long[] thresholds = thresholds(probabilities);
        double[] totals = new double[trials];
        SplittableRandom random = new SplittableRandom(seed);
        for (int t = 0; t < trials; t++) {
            long sum = certainMinor;
            for (int i = 0; i < n; i++) {
                // Branch-free: a win is a uniform 53-bit draw below the threshold, and the sign bit of
                // the difference masks the amount in or out (a coin-flip branch mispredicts half the time).
                long draw = random.nextLong() >>> 11;
                sum += amountsMinor[i] & ((draw - thresholds[i]) >> 63);
            }
            totals[t] = sum;
        }
        return new SampleDistribution(currency, totals);
    }

    /**
     * Monte Carlo where each won deal's close day ({@code closeDays}, epoch days) moves by a
     * slippage drawn uniformly from {@code slippageDays} and counts only inside
     * {@code [firstDay, lastDay]}.
     */
    public static OutcomeDistribution monteCarloWithSlippage(Currency currency, long certainMinor, long[] amountsMinor,
                                                             double[] probabilities, long[] closeDays,
                                                             long[] slippageDays, long firstDay, long lastDay,
                                                             int trials, long seed) {
        check(amountsMinor, probabilities);
        Preconditions.check(closeDays.length == amountsMinor.length, "closeDays", "must have one day per deal");
        Preconditions.check(slippageDays.length > 0, "slippageDays", "need at least one observed slippage");
        Preconditions.check(trials >= 1, "trials", "must be positive");
        int n = amountsMinor.length;
        long[] thresholds = thresholds(probabilities);
        int slips = slippageDays.length;
        double[] totals = new double[trials];
        SplittableRandom random = new SplittableRandom(seed);
        for (int t = 0; t < trials; t++) {
            double sum = certainMinor;
            for (int i = 0; i < n; i++) {
                if ((random.nextLong() >>> 11) < thresholds[i]) {
                    long day = closeDays[i] + slippageDays[random.nextInt(slips)];
                    if (day >= firstDay && day <= lastDay) {
                        sum += amountsMinor[i];
                    }
                }
            }
            totals[t] = sum;
        }
        return new SampleDistribution(currency, totals);
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    private static long[] thresholds(double[] probabilities) {
        long[] thresholds = new long[probabilities.length];
        for (int i = 0; i < probabilities.length; i++) {
            thresholds[i] = probabilities[i] >= 1.0 ? 1L << 53 : (long) (probabilities[i] * TWO_TO_53);
        }
        return thresholds;
    }

    private static void check(long[] amounts, double[] probabilities) {
        Preconditions.notNull(amounts, "amounts");
        Preconditions.notNull(probabilities, "probabilities");
        Preconditions.check(amounts.length == probabilities.length, "probabilities", "must have one per amount");
        for (int i = 0; i < amounts.length; i++) {
            Preconditions.check(amounts[i] >= 0, "amounts[" + i + "]", "must not be negative");
            Preconditions.check(probabilities[i] >= 0 && probabilities[i] <= 1, "probabilities[" + i + "]",
                    "must be between 0 and 1");
        }
    }
}
