package org.smartbizflow.crm.benchmarks.scoring;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.smartbizflow.crm.scoring.model.BatchExplanations;
import org.smartbizflow.crm.scoring.model.PlattCalibrator;
import org.smartbizflow.crm.scoring.model.ScoringModel;

/**
 * JMH view of batch scoring: the model's batch path, the hand-written reference loop, and
 * scoring with top-3 explanations (three positive and three negative effects per row) and with
 * the three strongest effects of either sign, over the same encoded rows. Throughput is batches per
 * second; multiply by {@code rows} for rows per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BatchScoringJmh {

    @Param({"100000"})
    public int rows;

    private ScoringModel model;
    private double[] x;
    private double[] out;
    private double intercept;
    private double[] beta;
    private int[] topFeatures;
    private double[] topEffects;
    private BatchExplanations explanations;

    @Setup(Level.Trial)
    public void setUp() {
        model = BenchmarkModel.train(1);
        x = BenchmarkModel.rows(rows, 2);
        out = new double[rows];
        PlattCalibrator platt = (PlattCalibrator) model.calibrator();
        intercept = platt.slope() * model.intercept() + platt.offset();
        beta = model.coefficients();
        for (int j = 0; j < beta.length; j++) {
            beta[j] *= platt.slope();
        }
        topFeatures = new int[rows * 3];
        topEffects = new double[rows * 3];
        explanations = new BatchExplanations(rows, 3);
    }

    @Benchmark
    public void scoreBatch(Blackhole hole) {
        model.scoreBatch(x, rows, out);
        hole.consume(out);
    }

    @Benchmark
    public void referenceLoop(Blackhole hole) {
        BenchmarkModel.referenceLoop(x, rows, intercept, beta, out);
        hole.consume(out);
    }

    @Benchmark
    public void scoreWithTop3Explanations(Blackhole hole) {
        model.explainBatch(x, rows, explanations);
        hole.consume(explanations);
    }

    @Benchmark
    public void scoreWithTop3StrongestEffects(Blackhole hole) {
        model.explainBatch(x, rows, 3, out, topFeatures, topEffects);
        hole.consume(topFeatures);
    }
}
