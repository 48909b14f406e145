package org.smartbizflow.crm.benchmarks.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.smartbizflow.crm.scoring.feature.FeatureSpec;
import org.smartbizflow.crm.scoring.model.ModelTrainer;
import org.smartbizflow.crm.scoring.model.ScoringModel;
import org.smartbizflow.crm.scoring.model.TrainingData;
import org.smartbizflow.crm.scoring.model.TrainingOptions;

/** A calibrated model over {@value #FEATURES} numeric features and encoded rows to score with it. */
final class BenchmarkModel {

    static final int FEATURES = 50;

    private BenchmarkModel() {
    }

    /** Trains a Platt-calibrated model on generated rows with a known linear signal. */
    static ScoringModel train(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 20_000;
        List<FeatureSpec> specs = new ArrayList<>();
        for (int j = 0; j < FEATURES; j++) {
            specs.add(FeatureSpec.numeric("f" + j));
        }
        List<Map<String, ?>> rows = new ArrayList<>(n);
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            double z = -1;
            for (int j = 0; j < FEATURES; j++) {
                double v = gaussian(random);
                row.put("f" + j, v);
                z += (j % 5 == 0 ? 0.4 : j % 5 == 1 ? -0.2 : 0.02) * v;
            }
            rows.add(row);
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-z));
        }
        TrainingData data = new TrainingData(specs, rows, y, "outcome", "true");
        return ModelTrainer.train(data, TrainingOptions.defaults().withLambda(1e-3)).orElseThrow();
    }

    /** {@code rows} encoded rows, row-major, as the model reads them. */
    static double[] rows(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[rows * FEATURES];
        for (int i = 0; i < x.length; i++) {
            x[i] = gaussian(random);
        }
        return x;
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /**
     * The hand-written reference: a dot product with the same effective coefficients and the
     * logistic link, in the plainest loop, over the same array.
     */
    static void referenceLoop(double[] x, int rows, double intercept, double[] beta, double[] out) {
        int p = beta.length;
        for (int i = 0; i < rows; i++) {
            double z = intercept;
            int offset = i * p;
            for (int j = 0; j < p; j++) {
                z += beta[j] * x[offset + j];
            }
            out[i] = 1 / (1 + Math.exp(-z));
        }
    }
}
