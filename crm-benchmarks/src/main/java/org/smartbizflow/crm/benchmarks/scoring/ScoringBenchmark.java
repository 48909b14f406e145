package org.smartbizflow.crm.benchmarks.scoring;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.smartbizflow.crm.scoring.evaluation.CrossValidation;
import org.smartbizflow.crm.scoring.model.BatchExplanations;
import org.smartbizflow.crm.scoring.evaluation.EvaluationOutcome;
import org.smartbizflow.crm.scoring.model.ModelTrainer;
import org.smartbizflow.crm.scoring.model.PlattCalibrator;
import org.smartbizflow.crm.scoring.model.ScoringModel;
import org.smartbizflow.crm.scoring.model.TrainingData;
import org.smartbizflow.crm.scoring.model.TrainingOptions;
import org.smartbizflow.crm.scoring.table.CsvTable;

/**
 * End-to-end scoring benchmark: batch scoring of SIZE rows x 50 features against a
 * hand-written dot-product-and-logistic loop over the same arrays in the same run, scoring
 * with top-3 explanations (the three strongest positive and three strongest negative effects,
 * as {@code predict} gives them, and the older three strongest of either sign), the same ratios
 * over a small batch that stays in cache (where plain scoring is not held back by memory), and
 * training time with the AUC reached on the largest shared data set. Figures are medians of
 * repeats after warm-up.
 */
public final class ScoringBenchmark {

    private static final int REPEATS = 7;
    private static final int WARMUPS = 3;

    private ScoringBenchmark() {
    }

    public static void main(String[] args) {
        run(Arrays.asList(args), System.out);
    }

    /**
     * Runs the benchmark; {@code args} may hold the number of rows (default 1,000,000). Ends
     * with the line {@code scoring: <ours> rows/s; reference <loop> rows/s; ratio <ours/loop>}.
     */
    public static void run(List<String> args, PrintStream out) {
        int size = args.isEmpty() ? 1_000_000 : Integer.parseInt(args.get(0).replace("_", ""));
        training(out);

        ScoringModel model = BenchmarkModel.train(1);
        double[] x = BenchmarkModel.rows(size, 2);
        double[] scores = new double[size];
        double[] reference = new double[size];
        PlattCalibrator platt = (PlattCalibrator) model.calibrator();
        double intercept = platt.slope() * model.intercept() + platt.offset();
        double[] beta = model.coefficients();
        for (int j = 0; j < beta.length; j++) {
            beta[j] *= platt.slope();
        }
        int k = 3;
        int[] topFeatures = new int[size * k];
        double[] topEffects = new double[size * k];
        double[] explained = new double[size];
        BatchExplanations explanations = new BatchExplanations(size, k);

        long[] ours = new long[REPEATS];
        long[] loop = new long[REPEATS];
        long[] explain = new long[REPEATS];
        long[] strongest = new long[REPEATS];
        for (int r = -WARMUPS; r < REPEATS; r++) {
            long t0 = System.nanoTime();
            model.scoreBatch(x, size, scores);
            long t1 = System.nanoTime();
            BenchmarkModel.referenceLoop(x, size, intercept, beta, reference);
            long t2 = System.nanoTime();
            model.explainBatch(x, size, explanations);
            long t3 = System.nanoTime();
            model.explainBatch(x, size, k, explained, topFeatures, topEffects);
            long t4 = System.nanoTime();
            if (r >= 0) {
                ours[r] = t1 - t0;
                loop[r] = t2 - t1;
                explain[r] = t3 - t2;
                strongest[r] = t4 - t3;
            }
        }
        double maxDifference = 0;
        for (int i = 0; i < size; i++) {
            maxDifference = Math.max(maxDifference, Math.abs(scores[i] - reference[i]));
        }
        double oursRate = size / (median(ours) / 1e9);
        double loopRate = size / (median(loop) / 1e9);
        double explainRate = size / (median(explain) / 1e9);
        double strongestRate = size / (median(strongest) / 1e9);
        for (int i = 0; i < size; i++) {
            maxDifference = Math.max(maxDifference, Math.abs(explanations.probability(i) - reference[i]));
        }
        out.printf(Locale.ROOT, "scoring: %d rows x %d features, median of %d runs; largest difference to the "
                + "reference %.2e%n", size, model.width(), REPEATS, maxDifference);
        out.printf(Locale.ROOT, "scoring: with top-3 strongest effects (either sign) %.0f rows/s (%.2fx the time "
                + "of plain scoring)%n", strongestRate, oursRate / strongestRate);
        out.printf(Locale.ROOT, "scoring: with top-3 explanations (3 positive + 3 negative) %.0f rows/s (%.2fx the "
                + "time of plain scoring)%n", explainRate, oursRate / explainRate);
        inCache(model, x, size, out);
        out.printf(Locale.ROOT, "scoring: %.0f rows/s; reference %.0f rows/s; ratio %.2f%n", oursRate, loopRate,
                oursRate / loopRate);
    }

    /** Rows in a batch that stays in a core's cache (1.6 MB) for {@link #inCache}. */
    private static final int CACHED_ROWS = 4_000;

    /**
     * The same comparisons over a small batch scored again and again, so that plain scoring is
     * not held back by reading the rows from memory: how much work the explanations add.
     */
    private static void inCache(ScoringModel model, double[] x, int size, PrintStream out) {
        int rows = Math.min(CACHED_ROWS, size);
        int passes = Math.max(1, size / Math.max(1, rows));
        double[] batch = Arrays.copyOf(x, rows * model.width());
        double[] scores = new double[rows];
        int[] topFeatures = new int[rows * 3];
        double[] topEffects = new double[rows * 3];
        BatchExplanations explanations = new BatchExplanations(rows, 3);
        long[] plain = new long[REPEATS];
        long[] explain = new long[REPEATS];
        long[] strongest = new long[REPEATS];
        for (int r = -WARMUPS; r < REPEATS; r++) {
            long t0 = System.nanoTime();
            for (int p = 0; p < passes; p++) {
                model.scoreBatch(batch, rows, scores);
            }
            long t1 = System.nanoTime();
            for (int p = 0; p < passes; p++) {
                model.explainBatch(batch, rows, explanations);
            }
            long t2 = System.nanoTime();
            for (int p = 0; p < passes; p++) {
                model.explainBatch(batch, rows, 3, scores, topFeatures, topEffects);
            }
            long t3 = System.nanoTime();
            if (r >= 0) {
                plain[r] = t1 - t0;
                explain[r] = t2 - t1;
                strongest[r] = t3 - t2;
            }
        }
        double total = (double) rows * passes;
        double plainRate = total / (median(plain) / 1e9);
        double explainRate = total / (median(explain) / 1e9);
        double strongestRate = total / (median(strongest) / 1e9);
        out.printf(Locale.ROOT, "scoring: in cache (%d rows scored %d times): plain %.0f rows/s; top-3 strongest "
                        + "effects %.2fx its time; 3 positive + 3 negative %.2fx its time%n", rows, passes, plainRate,
                plainRate / strongestRate, plainRate / explainRate);
    }

    private static void training(PrintStream out) {
        Path data = locate("telecom-churn-mlc.csv");
        if (data == null) {
            out.println("scoring: training skipped: telecom-churn-mlc.csv not found under ../shared/data or "
                    + "shared/data (run from the project root)");
            return;
        }
        TrainingData churn = TrainingData.fromTable(CsvTable.read(data), "churn", "yes", List.of());
        TrainingOptions options = TrainingOptions.defaults();
        long[] times = new long[3];
        ScoringModel model = null;
        for (int r = 0; r < times.length; r++) {
            long t0 = System.nanoTime();
            model = ModelTrainer.train(churn, options).orElseThrow();
            times[r] = System.nanoTime() - t0;
        }
        EvaluationOutcome outcome = CrossValidation.evaluate(churn, options, 5, 42);
        double auc = ((EvaluationOutcome.Completed) outcome).report().rocAuc();
        out.printf(Locale.ROOT, "scoring: training on %s (%d rows, %d columns, %d lambdas x %d folds + final fit): "
                        + "%.3f s median of %d; cross-validated ROC AUC %.4f (5 folds)%n", data.getFileName(),
                churn.size(), model.width(), options.lambdas().size(), options.calibrationFolds(),
                median(times) / 1e9, times.length, auc);
    }

    private static Path locate(String name) {
        for (Path dir : List.of(Path.of("..", "shared", "data"), Path.of("shared", "data"),
                Path.of("..", "..", "shared", "data"))) {
            Path candidate = dir.resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
