package org.smartbizflow.crm.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.scoring.evaluation.BinaryMetrics;
import org.smartbizflow.crm.scoring.evaluation.CrossValidation;
import org.smartbizflow.crm.scoring.evaluation.EvaluationOutcome;
import org.smartbizflow.crm.scoring.evaluation.EvaluationReport;
import org.smartbizflow.crm.scoring.feature.FeaturePipeline;
import org.smartbizflow.crm.scoring.model.StratifiedFolds;
import org.smartbizflow.crm.scoring.model.TrainingData;
import org.smartbizflow.crm.scoring.model.TrainingOptions;
import org.smartbizflow.crm.scoring.table.CsvTable;

/**
 * Accuracy on real data: the regularised, calibrated model must rank at least as well
 * under cross-validation as a plain unregularised logistic regression fitted here, in the
 * test, on the same encoded features and folds, and its probabilities must be calibrated.
 */
class RealDataAccuracyTest {

    private static final int FOLDS = 5;
    private static final long SEED = 7;
    /** Stated bound on the expected calibration error over deciles of out-of-fold predictions. */
    private static final double CALIBRATION_BOUND = 0.03;

    private static TrainingData churn;
    private static EvaluationReport ours;

    @BeforeAll
    static void evaluate() {
        churn = TrainingData.fromTable(CsvTable.read(SharedData.file("telecom-churn-mlc.csv")), "churn", "yes",
                List.of());
        ours = crossValidate(churn);
    }

    private static EvaluationReport crossValidate(TrainingData data) {
        EvaluationOutcome outcome = CrossValidation.evaluate(data, TrainingOptions.defaults(), FOLDS, SEED);
        assertThat(outcome).isInstanceOf(EvaluationOutcome.Completed.class);
        return ((EvaluationOutcome.Completed) outcome).report();
    }

    @Test
    void churnModelRanksAtLeastAsWellAsAnUnregularisedReferenceFit() {
        double reference = referenceAuc(churn);
        System.out.printf("churn ROC AUC: ours %.4f, unregularised reference %.4f; calibration error %.4f%n",
                ours.rocAuc(), reference, ours.calibrationError());
        assertThat(reference).isGreaterThan(0.7);
        assertThat(ours.rocAuc()).isGreaterThanOrEqualTo(reference);
    }

    @Test
    void attritionModelOnMixedTypesRanksAtLeastAsWellAsTheReference() {
        TrainingData attrition = TrainingData.fromTable(CsvTable.read(SharedData.file("hr-attrition.csv")),
                "Attrition", "Yes", List.of());
        EvaluationReport report = crossValidate(attrition);
        double reference = referenceAuc(attrition);
        System.out.printf("attrition ROC AUC: ours %.4f, unregularised reference %.4f; calibration error %.4f%n",
                report.rocAuc(), reference, report.calibrationError());
        assertThat(reference).isGreaterThan(0.7);
        assertThat(report.rocAuc()).isGreaterThanOrEqualTo(reference);
    }

    /** Out-of-fold ROC AUC of a plain maximum-likelihood fit on the same encoded features and folds. */
    private static double referenceAuc(TrainingData data) {
        boolean[] y = data.outcomes();
        int[] folds = StratifiedFolds.assign(y, FOLDS, SEED);
        double[] predictions = new double[y.length];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < y.length; i++) {
                (folds[i] == fold ? test : train).add(i);
            }
            TrainingData trainData = data.subset(train.stream().mapToInt(Integer::intValue).toArray());
            FeaturePipeline pipeline = FeaturePipeline.fit(data.specs(), trainData.rows(),
                    TrainingOptions.defaults().pipeline());
            int p = pipeline.width();
            double[] x = pipeline.transformAll(trainData.rows());
            double[] beta = unregularisedNewton(x, trainData.size(), p, trainData.outcomes());
            for (int i : test) {
                double[] row = pipeline.transform(data.rows().get(i));
                double z = beta[0];
                for (int j = 0; j < p; j++) {
                    z += beta[j + 1] * row[j];
                }
                predictions[i] = 1 / (1 + Math.exp(-z));
            }
        }
        return BinaryMetrics.rocAuc(predictions, y);
    }

    @Test
    void churnOutOfFoldProbabilitiesAreCalibrated() {
        assertThat(ours.calibrationError()).isLessThan(CALIBRATION_BOUND);
        assertThat(ours.calibration()).hasSize(10);
        assertThat(ours.liftTop10()).isGreaterThan(2);
        assertThat(ours.brier()).isLessThan(ours.baseRate() * (1 - ours.baseRate()));
    }

    /** Plain maximum likelihood by Newton steps solved with the SVD pseudo-inverse (the one-hot design is singular). */
    private static double[] unregularisedNewton(double[] x, int n, int p, boolean[] y) {
        int q = p + 1;
        double[] beta = new double[q];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[][] h = new double[q][q];
            double[] g = new double[q];
            double[] row = new double[q];
            for (int i = 0; i < n; i++) {
                row[0] = 1;
                System.arraycopy(x, i * p, row, 1, p);
                double z = 0;
                for (int j = 0; j < q; j++) {
                    z += beta[j] * row[j];
                }
                double prob = 1 / (1 + Math.exp(-z));
                double w = Math.max(prob * (1 - prob), 1e-10);
                for (int j = 0; j < q; j++) {
                    g[j] += (prob - (y[i] ? 1 : 0)) * row[j];
                    for (int k = 0; k < q; k++) {
                        h[j][k] += w * row[j] * row[k];
                    }
                }
            }
            double[] step = new SingularValueDecomposition(new Array2DRowRealMatrix(h, false)).getSolver()
                    .solve(new ArrayRealVector(g, false)).toArray();
            double change = 0;
            for (int j = 0; j < q; j++) {
                beta[j] -= step[j];
                change = Math.max(change, Math.abs(step[j]));
            }
            if (change < 1e-8) {
                break;
            }
        }
        return beta;
    }
}
