package org.smartbizflow.crm.scoring.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.smartbizflow.crm.scoring.model.ModelTrainer;
import org.smartbizflow.crm.scoring.model.ScoringModel;
import org.smartbizflow.crm.scoring.model.StratifiedFolds;
import org.smartbizflow.crm.scoring.model.TrainingData;
import org.smartbizflow.crm.scoring.model.TrainingOptions;
import org.smartbizflow.crm.scoring.model.TrainingOutcome;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * Stratified k-fold cross-validation of the whole training procedure (pipeline fitting,
 * penalty choice and calibration happen inside each fold, so nothing leaks from the test
 * fold into its model).
 */
public final class CrossValidation {

    private CrossValidation() {
    }

    public static EvaluationOutcome evaluate(TrainingData data, TrainingOptions options, int folds, long seed) {
        Preconditions.notNull(data, "data");
        Preconditions.notNull(options, "options");
        Preconditions.check(folds >= 2, "folds", "must be at least 2");
        if (data.positives() < folds || data.negatives() < folds) {
            return new EvaluationOutcome.Refused("Cannot cross-validate with " + folds + " folds: the data has "
                    + data.positives() + " positive and " + data.negatives()
                    + " negative outcomes, fewer than one per fold.");
        }
        boolean[] y = data.outcomes();
        int[] assignment = StratifiedFolds.assign(y, folds, seed);
        double[] predictions = new double[y.length];
        List<Double> foldAuc = new ArrayList<>(folds);
        for (int fold = 0; fold < folds; fold++) {
            int[] train = indexes(assignment, fold, false);
            int[] test = indexes(assignment, fold, true);
            TrainingOutcome outcome = ModelTrainer.train(data.subset(train), options);
            if (outcome instanceof TrainingOutcome.NotEnoughData refusal) {
                return new EvaluationOutcome.Refused("Fold " + (fold + 1) + " of " + folds + ": " + refusal.message());
            }
            ScoringModel model = ((TrainingOutcome.Trained) outcome).model();
            double[] x = model.pipeline().transformAll(data.subset(test).rows());
            double[] scores = new double[test.length];
            model.scoreBatch(x, test.length, scores);
            boolean[] testY = new boolean[test.length];
            for (int i = 0; i < test.length; i++) {
                predictions[test[i]] = scores[i];
                testY[i] = y[test[i]];
            }
            foldAuc.add(BinaryMetrics.rocAuc(scores, testY));
        }
        return new EvaluationOutcome.Completed(report(data, predictions, y, folds, seed, foldAuc));
    }

    /** A report on out-of-sample predictions produced elsewhere. */
    public static EvaluationReport report(TrainingData data, double[] predictions, boolean[] y, int folds, long seed,
                                          List<Double> foldAuc) {
        List<CalibrationBin> bins = BinaryMetrics.calibrationTable(predictions, y);
        return new EvaluationReport(data.target(), data.positiveLabel(), y.length, data.positives(), folds, seed,
                BinaryMetrics.rocAuc(predictions, y), foldAuc, BinaryMetrics.prAuc(predictions, y),
                BinaryMetrics.logLoss(predictions, y), BinaryMetrics.brier(predictions, y),
                BinaryMetrics.expectedCalibrationError(bins), BinaryMetrics.lift(predictions, y, 0.1), bins);
    }

    private static int[] indexes(int[] assignment, int fold, boolean inFold) {
        int count = 0;
        for (int f : assignment) {
            count += (f == fold) == inFold ? 1 : 0;
        }
        int[] out = new int[count];
        int k = 0;
        for (int i = 0; i < assignment.length; i++) {
            if ((assignment[i] == fold) == inFold) {
                out[k++] = i;
            }
        }
        return out;
    }
}
