package org.smartbizflow.crm.scoring.model;

import java.util.List;
import org.smartbizflow.crm.scoring.feature.PipelineOptions;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * How to train a model. Defaults suit a few hundred to a few million rows of CRM data:
 * ridge regularisation with its strength chosen by cross-validation, Platt calibration on
 * held-out folds, and a guard refusing to learn from too few outcomes.
 *
 * @param lambdas           candidate penalty strengths; one value is used as is, several are
 *                          compared by held-out log loss on the calibration folds
 * @param l1Ratio           share of L1 in the penalty: 0 ridge, 1 lasso, between elastic net
 * @param classWeighting    row weights by outcome
 * @param calibration       calibration method
 * @param calibrationFolds  folds used to produce held-out scores for calibration and lambda choice
 * @param minPositives      fewest positive outcomes to train on
 * @param minNegatives      fewest negative outcomes to train on
 * @param maxIterations     solver iteration limit
 * @param tolerance         solver stopping tolerance on coefficient change
 * @param seed              seed for fold assignment, so training is repeatable
 * @param pipeline          feature pipeline options
 */
public record TrainingOptions(List<Double> lambdas, double l1Ratio, ClassWeighting classWeighting,
                              CalibrationMethod calibration, int calibrationFolds, int minPositives,
                              int minNegatives, int maxIterations, double tolerance, long seed,
                              PipelineOptions pipeline) {

    /** The default grid of penalty strengths. */
    public static final List<Double> DEFAULT_LAMBDAS = List.of(1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2, 1e-1);

    public TrainingOptions {
        Preconditions.notNull(lambdas, "lambdas");
        lambdas = List.copyOf(lambdas);
        Preconditions.check(!lambdas.isEmpty(), "lambdas", "needs at least one value");
        for (double lambda : lambdas) {
            Preconditions.check(lambda >= 0 && Double.isFinite(lambda), "lambdas", "must be finite and not negative");
        }
        Preconditions.check(l1Ratio >= 0 && l1Ratio <= 1, "l1Ratio", "must be between 0 and 1");
        Preconditions.notNull(classWeighting, "classWeighting");
        Preconditions.notNull(calibration, "calibration");
        Preconditions.check(calibrationFolds >= 2, "calibrationFolds", "must be at least 2");
        Preconditions.check(minPositives >= 1, "minPositives", "must be at least 1");
        Preconditions.check(minNegatives >= 1, "minNegatives", "must be at least 1");
        Preconditions.check(maxIterations >= 1, "maxIterations", "must be at least 1");
        Preconditions.check(tolerance > 0, "tolerance", "must be positive");
        Preconditions.notNull(pipeline, "pipeline");
    }

    public static TrainingOptions defaults() {
        return new TrainingOptions(DEFAULT_LAMBDAS, 0, ClassWeighting.NONE, CalibrationMethod.PLATT, 4, 30, 30,
                100, 1e-6, 42, PipelineOptions.defaults());
    }

    public TrainingOptions withLambda(double lambda) {
        return withLambdas(List.of(lambda));
    }

    public TrainingOptions withLambdas(List<Double> values) {
        return new TrainingOptions(values, l1Ratio, classWeighting, calibration, calibrationFolds, minPositives,
                minNegatives, maxIterations, tolerance, seed, pipeline);
    }

    public TrainingOptions withL1Ratio(double ratio) {
        return new TrainingOptions(lambdas, ratio, classWeighting, calibration, calibrationFolds, minPositives,
                minNegatives, maxIterations, tolerance, seed, pipeline);
    }

    public TrainingOptions withClassWeighting(ClassWeighting weighting) {
        return new TrainingOptions(lambdas, l1Ratio, weighting, calibration, calibrationFolds, minPositives,
                minNegatives, maxIterations, tolerance, seed, pipeline);
    }

    public TrainingOptions withCalibration(CalibrationMethod method) {
        return new TrainingOptions(lambdas, l1Ratio, classWeighting, method, calibrationFolds, minPositives,
                minNegatives, maxIterations, tolerance, seed, pipeline);
    }

    public TrainingOptions withMinimumOutcomes(int positives, int negatives) {
        return new TrainingOptions(lambdas, l1Ratio, classWeighting, calibration, calibrationFolds, positives,
                negatives, maxIterations, tolerance, seed, pipeline);
    }

    public TrainingOptions withSeed(long value) {
        return new TrainingOptions(lambdas, l1Ratio, classWeighting, calibration, calibrationFolds, minPositives,
                minNegatives, maxIterations, tolerance, value, pipeline);
    }

    public TrainingOptions withPipeline(PipelineOptions options) {
        return new TrainingOptions(lambdas, l1Ratio, classWeighting, calibration, calibrationFolds, minPositives,
                minNegatives, maxIterations, tolerance, seed, options);
    }
}
