package org.smartbizflow.crm.benchmarks.scoring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.smartbizflow.crm.scoring.model.ModelTrainer;
import org.smartbizflow.crm.scoring.model.ScoringModel;
import org.smartbizflow.crm.scoring.model.TrainingData;
import org.smartbizflow.crm.scoring.model.TrainingOptions;
import org.smartbizflow.crm.scoring.table.CsvTable;

/** JMH view of training the calibrated churn model on the shared churn data (run from the project root). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class ChurnTrainingJmh {

    private TrainingData data;

    @Setup(Level.Trial)
    public void setUp() {
        Path file = Path.of("..", "shared", "data", "telecom-churn-mlc.csv");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("run from the project root: " + file.toAbsolutePath() + " is missing");
        }
        data = TrainingData.fromTable(CsvTable.read(file), "churn", "yes", List.of());
    }

    @Benchmark
    public ScoringModel train() {
        return ModelTrainer.train(data, TrainingOptions.defaults()).orElseThrow();
    }
}
