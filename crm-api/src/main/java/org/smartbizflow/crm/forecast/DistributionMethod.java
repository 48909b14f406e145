package org.smartbizflow.crm.forecast;

import org.smartbizflow.crm.shared.Preconditions;

/**
 * How the distribution of the closing amount is computed. Exact is the default; Monte Carlo is
 * there for what the exact method cannot express, such as close dates slipping out of the period.
 */
public sealed interface DistributionMethod {

    /**
     * Poisson-binomial by dynamic programming on an amount grid.
     *
     * @param gridSize cells across the likely range of the total (eight standard deviations either
     *                 side of the mean); more cells, less rounding, proportionally more time
     */
    record Exact(int gridSize) implements DistributionMethod {
        public Exact {
            Preconditions.check(gridSize >= 16 && gridSize <= 1 << 22, "gridSize", "must be 16 to 4194304");
        }
    }

    /**
     * Seeded simulation: the same seed gives the same result.
     *
     * @param trials   simulated periods
     * @param seed     random seed
     * @param slippage whether close dates slip by an amount drawn from the history given to the forecaster
     */
    record MonteCarlo(int trials, long seed, boolean slippage) implements DistributionMethod {
        public MonteCarlo {
            Preconditions.check(trials >= 100 && trials <= 10_000_000, "trials", "must be 100 to 10000000");
        }
    }

    /** The exact method with 4096 cells over the likely range: quantiles to a small fraction of a standard deviation. */
    static DistributionMethod exact() {
        return new Exact(4096);
    }

    static DistributionMethod monteCarlo(int trials, long seed) {
        return new MonteCarlo(trials, seed, false);
    }
}
