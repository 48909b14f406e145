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
 * grid of about {@code gridSize} cells spanning the open amount. The only approximation is each
 * amount being rounded to the nearest cell; the cell is a multiple of the amounts' greatest
 * common divisor, so round amounts stay exact, and deals with probability 0 or 1 are exact.
 * Cost is about {@code deals * gridSize / 2} multiply-adds.
 *
 * <p>Monte Carlo: {@code trials} simulated periods with a seeded generator, so the same seed
 * gives the same answer; optionally each won deal's close date moves by a slippage drawn from
 * history and counts only if it still lands in the period.
 */
public final class PipelineDistributions {

    private static final double TWO_TO_53 = 0x1.0p53;

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
        Preconditions.check(gridSize >= 1, "gridSize", "must be positive");
        double certain = certainMinor;
        double uncertainTotal = 0;
        double mean = certainMinor;
        int n = amountsMinor.length;
        for (int i = 0; i < n; i++) {
            double p = probabilities[i];
            mean += p * amountsMinor[i];
            if (p >= 1.0) {
                certain += amountsMinor[i];
            } else if (p > 0.0) {
                uncertainTotal += amountsMinor[i];
            }
        }
        // A cell that is a multiple of the amounts' greatest common divisor keeps round amounts
        // (the usual case) exact on the grid.
        long gcd = 0;
        for (int i = 0; i < n; i++) {
            if (probabilities[i] > 0.0 && probabilities[i] < 1.0 && amountsMinor[i] > 0) {
                gcd = gcd(gcd, amountsMinor[i]);
            }
        }
        double cell = Math.max(1.0, uncertainTotal / gridSize);
        if (gcd > 0) {
            cell = gcd * Math.ceil(cell / gcd);
        }
        int[] cells = new int[n];
        long totalCells = 0;
        for (int i = 0; i < n; i++) {
            double p = probabilities[i];
            if (p > 0.0 && p < 1.0) {
                cells[i] = (int) Math.round(amountsMinor[i] / cell);
                totalCells += cells[i];
            }
        }
        double[] f = new double[(int) totalCells + 1];
        f[0] = 1.0;
        int top = 0;
        for (int i = 0; i < n; i++) {
            int k = cells[i];
            if (k == 0) {
                continue;
            }
            double p = probabilities[i];
            double q = 1.0 - p;
            int newTop = top + k;
            for (int j = newTop; j >= k; j--) {
                f[j] = q * f[j] + p * f[j - k];
            }
            for (int j = Math.min(k - 1, top); j >= 0; j--) {
                f[j] *= q;
            }
            top = newTop;
        }
        return new GridDistribution(currency, certain, cell, f, mean, certain + uncertainTotal);
    }

    /** Monte Carlo without slippage. */
    public static OutcomeDistribution monteCarlo(Currency currency, long certainMinor, long[] amountsMinor,
                                                 double[] probabilities, int trials, long seed) {
        check(amountsMinor, probabilities);
        Preconditions.check(trials >= 1, "trials", "must be positive");
        int n = amountsMinor.length;
        long[] thresholds = thresholds(probabilities);
        double[] amounts = new double[n];
        for (int i = 0; i < n; i++) {
            amounts[i] = amountsMinor[i];
        }
        double[] totals = new double[trials];
        SplittableRandom random = new SplittableRandom(seed);
        for (int t = 0; t < trials; t++) {
            double sum = certainMinor;
            for (int i = 0; i < n; i++) {
                if ((random.nextLong() >>> 11) < thresholds[i]) {
                    sum += amounts[i];
                }
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
            thresholds[i] = probabilities[i] >= 1.0 ? Long.MAX_VALUE : (long) (probabilities[i] * TWO_TO_53);
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
