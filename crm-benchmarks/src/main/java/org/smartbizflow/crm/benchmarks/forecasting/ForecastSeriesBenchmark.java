package org.smartbizflow.crm.benchmarks.forecasting;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.smartbizflow.crm.forecast.TimeSeries;
import org.smartbizflow.crm.forecast.port.out.TimeSeriesForecaster;
import org.smartbizflow.crm.forecasting.series.AutoForecaster;
import org.smartbizflow.crm.forecasting.series.SeriesModel;

/**
 * Throughput of fitting and forecasting SIZE (default 1,000) synthetic monthly series of length
 * 120 with automatic selection (AICc over five exponential smoothing models, 12 steps ahead, 80%
 * intervals), against seasonal naive over the same series in the same run.
 */
public final class ForecastSeriesBenchmark {

    private ForecastSeriesBenchmark() {
    }

    public static void run(List<String> args, PrintStream out) {
        int size = args.isEmpty() ? 1_000 : Integer.parseInt(args.get(0));
        List<TimeSeries> series = SyntheticSeries.monthly(size, 120, 1_000L);
        out.printf(Locale.ROOT, "forecast-series: %d synthetic monthly series of length 120, horizon 12, 80%% intervals%n", size);
        double[] autoSeconds = timeAll(series, AutoForecaster.aicc(), 3);
        double[] naiveSeconds = timeAll(series, SeriesModel.SEASONAL_NAIVE, 3);
        double auto = size / ForecastDistributionBenchmark.median(autoSeconds);
        double naive = size / ForecastDistributionBenchmark.median(naiveSeconds);
        out.printf(Locale.ROOT, "  automatic selection (AICc): %.1f series/s (median of %d runs)%n", auto, autoSeconds.length);
        out.printf(Locale.ROOT, "  seasonal naive: %.1f series/s (median of %d runs)%n", naive, naiveSeconds.length);
        out.println("  reference: seasonal naive fitted and forecast on the same series in the same run;"
                + " ratio = automatic over reference throughput");
        out.printf(Locale.ROOT, "forecast-series: %.1f series/s; reference %.1f series/s; ratio %.4f%n", auto, naive, auto / naive);
    }

    private static double[] timeAll(List<TimeSeries> series, TimeSeriesForecaster model, int repeats) {
        // One warm-up pass lets the JIT compile the recursions before timing.
        for (TimeSeries s : series.subList(0, Math.min(series.size(), 200))) {
            model.forecast(s, 12, 0.8);
        }
        double[] seconds = new double[repeats];
        double sink = 0;
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            for (TimeSeries s : series) {
                sink += model.forecast(s, 12, 0.8).points().get(0).mean();
            }
            seconds[r] = (System.nanoTime() - start) / 1e9;
        }
        if (Double.isNaN(sink)) {
            throw new IllegalStateException("a forecast was not a number");
        }
        return seconds;
    }
}
