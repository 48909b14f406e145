package org.smartbizflow.crm.benchmarks.forecasting;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.smartbizflow.crm.forecast.SeriesForecast;
import org.smartbizflow.crm.forecast.TimeSeries;
import org.smartbizflow.crm.forecasting.series.AutoForecaster;
import org.smartbizflow.crm.forecasting.series.SeriesModel;

/** JMH view of fitting and forecasting one monthly series of length 120 (throughput per second). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ForecastSeriesJmh {

    private List<TimeSeries> series;
    private int next;

    @Setup
    public void setUp() {
        series = SyntheticSeries.monthly(100, 120, 1_000L);
    }

    private TimeSeries nextSeries() {
        next = (next + 1) % series.size();
        return series.get(next);
    }

    @Benchmark
    public SeriesForecast automaticSelection() {
        return AutoForecaster.aicc().forecast(nextSeries(), 12, 0.8);
    }

    @Benchmark
    public SeriesForecast holtWintersMultiplicative() {
        return SeriesModel.HOLT_WINTERS_MULTIPLICATIVE.forecast(nextSeries(), 12, 0.8);
    }

    @Benchmark
    public SeriesForecast seasonalNaive() {
        return SeriesModel.SEASONAL_NAIVE.forecast(nextSeries(), 12, 0.8);
    }
}
