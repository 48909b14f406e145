package org.smartbizflow.crm.benchmarks.forecasting;

import java.util.SplittableRandom;

/**
 * A reproducible pipeline of deals for the distribution benchmarks: amounts log-normal around
 * 25,000.00 with arbitrary cents (so no common divisor makes the grid easy), probabilities
 * spread over 0.05 to 0.95.
 */
final class SyntheticPipeline {

    final long[] amountsMinor;
    final double[] probabilities;
    final long totalMinor;

    SyntheticPipeline(int deals, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        amountsMinor = new long[deals];
        probabilities = new double[deals];
        long total = 0;
        for (int i = 0; i < deals; i++) {
            double amount = Math.exp(Math.log(25_000) + 0.9 * random.nextGaussian());
            amountsMinor[i] = Math.max(1, Math.round(amount * 100));
            probabilities[i] = 0.05 + 0.9 * random.nextDouble();
            total += amountsMinor[i];
        }
        totalMinor = total;
    }
}
