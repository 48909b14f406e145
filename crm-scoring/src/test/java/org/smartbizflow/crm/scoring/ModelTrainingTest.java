package org.smartbizflow.crm.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.scoring.evaluation.CrossValidation;
import org.smartbizflow.crm.scoring.evaluation.EvaluationOutcome;
import org.smartbizflow.crm.scoring.evaluation.EvaluationReport;
import org.smartbizflow.crm.scoring.feature.FeatureSpec;
import org.smartbizflow.crm.scoring.model.CalibrationMethod;
import org.smartbizflow.crm.scoring.model.ClassWeighting;
import org.smartbizflow.crm.scoring.model.ModelTrainer;
import org.smartbizflow.crm.scoring.model.ScoringModel;
import org.smartbizflow.crm.scoring.model.TrainingData;
import org.smartbizflow.crm.scoring.model.TrainingOptions;
import org.smartbizflow.crm.scoring.model.TrainingOutcome;

class ModelTrainingTest {

    private static final TrainingOptions SMALL = TrainingOptions.defaults().withMinimumOutcomes(10, 10);

    @Test
    void refusesToTrainOnTooFewOutcomesWithAClearMessage() {
        TrainingData data = Synthetic.mixed(5, 60);
        TrainingOutcome outcome = ModelTrainer.train(data, TrainingOptions.defaults().withMinimumOutcomes(100, 10));
        assertThat(outcome).isInstanceOfSatisfying(TrainingOutcome.NotEnoughData.class, refusal -> {
            assertThat(refusal.positives()).isEqualTo(data.positives());
            assertThat(refusal.message()).contains("Not enough outcomes").contains("need 100");
        });
        EvaluationOutcome evaluation = CrossValidation.evaluate(data, TrainingOptions.defaults()
                .withMinimumOutcomes(100, 10), 3, 1);
        assertThat(evaluation).isInstanceOfSatisfying(EvaluationOutcome.Refused.class,
                r -> assertThat(r.message()).contains("need 100"));
    }

    @Test
    void learnsTheSignalInEveryKindOfFeature() {
        TrainingData data = Synthetic.mixed(11, 3000);
        ScoringModel model = ModelTrainer.train(data, SMALL).orElseThrow();
        assertThat(model.pipeline().columnNames()).contains("usage", "usage missing", "plan=legacy", "plan=(other)",
                "support", "since age days", "since Mon");
        assertThat(model.pipeline().columnNames()).doesNotContain("plan=rare");
        double legacy = model.probability(Map.of("plan", "legacy", "usage", 50, "support", false));
        double basic = model.probability(Map.of("plan", "basic", "usage", 50, "support", false));
        assertThat(legacy).isGreaterThan(basic);
        assertThat(model.probability(Map.of("usage", 80))).isGreaterThan(model.probability(Map.of("usage", 20)));
        assertThat(model.metadata().rows()).isEqualTo(3000);
        assertThat(model.metadata().converged()).isTrue();
        assertThat(model.version()).startsWith("churned-");
    }

    @Test
    void explanationsAreEffectsOnTheLogOddsThatAddUp() {
        TrainingData data = Synthetic.mixed(12, 1500);
        ScoringModel model = ModelTrainer.train(data, SMALL.withCalibration(CalibrationMethod.NONE)).orElseThrow();
        Map<String, ?> row = data.rows().get(3);
        double[] x = model.pipeline().transform(row);
        double[] effects = model.effects(x, 0);
        double[] means = model.columnMeans();
        double sum = 0;
        for (double e : effects) {
            sum += e;
        }
        assertThat(sum).isCloseTo(model.linearPredictor(x, 0) - model.linearPredictor(means, 0), within(1e-9));
        Prediction prediction = model.predict(Map.of("plan", "legacy", "usage", 90, "support", "yes"), 2);
        assertThat(prediction.explanation().topPositive(1)).singleElement()
                .satisfies(f -> assertThat(f.name()).isIn("usage", "plan", "support"));
        assertThat(prediction.explanation().factors()).hasSizeLessThanOrEqualTo(4);
        assertThat(prediction.explanation().describe()).contains("raises the odds");
    }

    @Test
    void batchExplanationsMatchTheSingleRecordOnes() {
        TrainingData data = Synthetic.mixed(13, 800);
        ScoringModel model = ModelTrainer.train(data, SMALL).orElseThrow();
        double[] x = model.pipeline().transformAll(data.rows());
        int rows = data.size();
        double[] p = new double[rows];
        int[] top = new int[rows * 3];
        double[] effect = new double[rows * 3];
        model.explainBatch(x, rows, 3, p, top, effect);
        for (int i = 0; i < rows; i += 37) {
            double[] all = model.effects(x, i * model.width());
            assertThat(p[i]).isCloseTo(model.probability(data.rows().get(i)), within(1e-12));
            double kth = Math.abs(effect[i * 3 + 2]);
            for (int t = 0; t < 3; t++) {
                assertThat(effect[i * 3 + t]).isEqualTo(all[top[i * 3 + t]]);
            }
            long stronger = java.util.Arrays.stream(all).filter(e -> Math.abs(e) > kth).count();
            assertThat(stronger).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void batchExplanationsMatchWhenEveryAttributeIsOneColumn() {
        java.util.Random random = new java.util.Random(16);
        List<FeatureSpec> specs = new java.util.ArrayList<>();
        for (int j = 0; j < 7; j++) {
            specs.add(FeatureSpec.numeric("f" + j));
        }
        List<Map<String, ?>> rows = new java.util.ArrayList<>();
        boolean[] y = new boolean[600];
        for (int i = 0; i < y.length; i++) {
            Map<String, Object> row = new java.util.HashMap<>();
            double z = 0;
            for (int j = 0; j < 7; j++) {
                double v = random.nextGaussian();
                row.put("f" + j, v);
                z += (j - 3) * 0.4 * v;
            }
            rows.add(row);
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-z));
        }
        for (CalibrationMethod method : CalibrationMethod.values()) {
            ScoringModel model = ModelTrainer.train(new TrainingData(specs, rows, y, "t", "true"),
                    SMALL.withCalibration(method)).orElseThrow();
            assertThat(model.width()).isEqualTo(7);
            double[] x = model.pipeline().transformAll(rows);
            double[] p = new double[rows.size()];
            int[] top = new int[rows.size() * 3];
            double[] effect = new double[rows.size() * 3];
            model.explainBatch(x, rows.size(), 3, p, top, effect);
            double[] plain = new double[rows.size()];
            model.scoreBatch(x, rows.size(), plain);
            for (int i = 0; i < rows.size(); i++) {
                assertThat(p[i]).isEqualTo(plain[i]);
                double[] all = model.effects(x, i * 7);
                Integer[] order = {0, 1, 2, 3, 4, 5, 6};
                java.util.Arrays.sort(order, (a, b) -> Double.compare(Math.abs(all[b]), Math.abs(all[a])));
                for (int t = 0; t < 3; t++) {
                    assertThat(top[i * 3 + t]).isEqualTo(order[t]);
                    assertThat(effect[i * 3 + t]).isEqualTo(all[order[t]]);
                }
            }
        }
    }

    @Test
    void balancedClassWeightsWithCalibrationStillGiveTrueRates() {
        TrainingData data = Synthetic.mixed(14, 4000);
        EvaluationReport weighted = ((EvaluationOutcome.Completed) CrossValidation.evaluate(data,
                SMALL.withClassWeighting(ClassWeighting.BALANCED), 4, 3)).report();
        EvaluationReport uncalibrated = ((EvaluationOutcome.Completed) CrossValidation.evaluate(data,
                SMALL.withClassWeighting(ClassWeighting.BALANCED).withCalibration(CalibrationMethod.NONE), 4, 3))
                .report();
        assertThat(weighted.calibrationError()).isLessThan(0.04);
        assertThat(uncalibrated.calibrationError()).isGreaterThan(weighted.calibrationError());
        assertThat(weighted.rocAuc()).isCloseTo(uncalibrated.rocAuc(), within(0.01));
    }

    @Test
    void isotonicAndElasticNetTrainAndEvaluate() {
        TrainingData data = Synthetic.mixed(15, 2000);
        EvaluationReport report = ((EvaluationOutcome.Completed) CrossValidation.evaluate(data,
                SMALL.withCalibration(CalibrationMethod.ISOTONIC).withL1Ratio(0.5).withLambdas(List.of(3e-3)), 3, 5))
                .report();
        assertThat(report.rocAuc()).isGreaterThan(0.7);
        assertThat(report.toText()).contains("ROC AUC").contains("decile");
        assertThat(report.toJson()).contains("\"rocAuc\"").contains("\"calibration\"");
    }
}
