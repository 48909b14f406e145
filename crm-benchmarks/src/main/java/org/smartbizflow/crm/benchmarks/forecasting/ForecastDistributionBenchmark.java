package org.smartbizflow.crm.benchmarks.forecasting;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.smartbizflow.crm.forecast.DistributionMethod;
import org.smartbizflow.crm.forecast.OutcomeDistribution;
import org.smartbizflow.crm.forecasting.PipelineDistributions;

/**
 * End-to-end timing of the pipeline outcome distribution on one core: the exact method on
 * SIZE deals (default 10,000) against the budget of 50 ms per 10,000 deals, Monte Carlo
 * with 10,000 trials (budget 1 s), and how far apart their P10/P50/P90 are as a share of the
 * total pipeline (target at most 0.5%).
 */
public final class ForecastDistributionBenchmark {

    private static final Currency EUR = Currency.getInstance("EUR");
    /** The grid a host gets by default. */
    private static final int GRID = ((DistributionMethod.Exact) DistributionMethod.exact()).gridSize();
    private static final int TRIALS = 10_000;

    private ForecastDistributionBenchmark() {
    }

    public static void run(List<String> args, PrintStream out) {
        int size = args.isEmpty() ? 10_000 : Integer.parseInt(args.get(0));
        SyntheticPipeline pipeline = new SyntheticPipeline(size, 20_270_101L);
        out.printf(Locale.ROOT, "forecast-distribution: %d deals, total %.2f EUR, exact grid %d cells, Monte Carlo %d trials%n",
                size, pipeline.totalMinor / 100.0, GRID, TRIALS);

        double[] exactMs = time(5, 21, () -> PipelineDistributions.exact(EUR, 0, pipeline.amountsMinor,
                pipeline.probabilities, GRID));
        double[] mcMs = time(1, 5, () -> PipelineDistributions.monteCarlo(EUR, 0, pipeline.amountsMinor,
                pipeline.probabilities, TRIALS, 42));
        OutcomeDistribution exact = PipelineDistributions.exact(EUR, 0, pipeline.amountsMinor, pipeline.probabilities, GRID);
        OutcomeDistribution mc = PipelineDistributions.monteCarlo(EUR, 0, pipeline.amountsMinor, pipeline.probabilities,
                TRIALS, 42);
        double worst = 0;
        for (double p : new double[] {0.1, 0.5, 0.9}) {
            double e = exact.quantile(p).amount().doubleValue();
            double m = mc.quantile(p).amount().doubleValue();
            double share = 100 * Math.abs(e - m) / (pipeline.totalMinor / 100.0);
            worst = Math.max(worst, share);
            out.printf(Locale.ROOT, "  P%02.0f exact %.2f  Monte Carlo %.2f  difference %.3f%% of total%n", p * 100, e, m, share);
        }
        double exactMedian = median(exactMs);
        double mcMedian = median(mcMs);
        double budget = 50.0 * size / 10_000;
        out.printf(Locale.ROOT, "  exact: median %.2f ms over %d repeats (budget %.1f ms)%n", exactMedian, exactMs.length, budget);
        out.printf(Locale.ROOT, "  Monte Carlo %d trials: median %.1f ms over %d repeats (budget %.0f ms)%n", TRIALS,
                mcMedian, mcMs.length, 1000.0 * size / 10_000);
        out.printf(Locale.ROOT, "  largest quantile difference exact vs Monte Carlo: %.3f%% of total (target 0.5%%)%n", worst);
        out.println("  reference: the issue's budget for the exact method, 50 ms per 10,000 deals (scaled linearly"
                + " with SIZE); ratio = budget / measured, above 1 means within budget");
        out.printf(Locale.ROOT, "forecast-distribution: %.2f ms; reference %.1f ms; ratio %.2f%n", exactMedian, budget,
                budget / exactMedian);
    }

    static double[] time(int warmups, int repeats, Runnable task) {
        for (int i = 0; i < warmups; i++) {
            task.run();
        }
        double[] ms = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            task.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return ms;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
