package org.smartbizflow.crm.benchmarks.forecasting;

import java.util.Currency;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.smartbizflow.crm.forecast.OutcomeDistribution;
import org.smartbizflow.crm.forecasting.PipelineDistributions;

/** JMH view of the distribution computations (average time per call). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ForecastDistributionJmh {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Param({"10000"})
    public int deals;

    private SyntheticPipeline pipeline;

    @Setup
    public void setUp() {
        pipeline = new SyntheticPipeline(deals, 20_270_101L);
    }

    @Benchmark
    public OutcomeDistribution exact() {
        return PipelineDistributions.exact(EUR, 0, pipeline.amountsMinor, pipeline.probabilities, 4096);
    }

    @Benchmark
    public OutcomeDistribution monteCarlo10kTrials() {
        return PipelineDistributions.monteCarlo(EUR, 0, pipeline.amountsMinor, pipeline.probabilities, 10_000, 42);
    }
}
