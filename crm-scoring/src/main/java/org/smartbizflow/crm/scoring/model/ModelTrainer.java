package org.smartbizflow.crm.scoring.model;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartbizflow.crm.scoring.feature.FeaturePipeline;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * Trains a calibrated model: fits the feature pipeline, produces held-out log-odds on
 * stratified folds (to choose the penalty strength and to fit the calibrator on data the
 * model did not see), then fits the final model on all rows. Refuses, as a value, when the
 * data holds too few outcomes of either class.
 */
public final class ModelTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(ModelTrainer.class);

    private ModelTrainer() {
    }

    public static TrainingOutcome train(TrainingData data, TrainingOptions options) {
        Preconditions.notNull(data, "data");
        Preconditions.notNull(options, "options");
        int positives = data.positives();
        int negatives = data.negatives();
        if (positives < options.minPositives() || negatives < options.minNegatives()
                || positives < options.calibrationFolds() || negatives < options.calibrationFolds()) {
            return new TrainingOutcome.NotEnoughData(positives, negatives,
                    Math.max(options.minPositives(), options.calibrationFolds()),
                    Math.max(options.minNegatives(), options.calibrationFolds()));
        }
        FeaturePipeline pipeline = FeaturePipeline.fit(data.specs(), data.rows(), options.pipeline());
        int n = data.size();
        int p = pipeline.width();
        double[] x = pipeline.transformAll(data.rows());
        boolean[] y = data.outcomes();
        double[] weights = weights(y, options.classWeighting());

        List<Double> lambdas = options.lambdas();
        boolean needHeldOut = lambdas.size() > 1 || options.calibration() != CalibrationMethod.NONE;
        double lambda = lambdas.get(0);
        double[] heldOut = null;
        if (needHeldOut) {
            int[] folds = StratifiedFolds.assign(y, options.calibrationFolds(), options.seed());
            double bestLoss = Double.POSITIVE_INFINITY;
            for (double candidate : lambdas) {
                double[] z = heldOutLogOdds(x, n, p, y, weights, folds, options, candidate);
                double loss = 0;
                double total = 0;
                for (int i = 0; i < n; i++) {
                    loss += weights[i] * LogisticRegression.logLoss(z[i], y[i]);
                    total += weights[i];
                }
                loss /= total;
                LOG.debug("lambda {} held-out log loss {}", candidate, loss);
                if (loss < bestLoss) {
                    bestLoss = loss;
                    lambda = candidate;
                    heldOut = z;
                }
            }
        }
        LogisticFit fit = LogisticRegression.fit(x, n, p, y, weights, lambda, options.l1Ratio(),
                options.maxIterations(), options.tolerance());
        Calibrator calibrator = switch (options.calibration()) {
            case NONE -> new Calibrator.Uncalibrated();
            case PLATT -> PlattCalibrator.fit(heldOut, y);
            case ISOTONIC -> IsotonicCalibrator.fit(heldOut, y);
        };
        double[] means = new double[p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                means[j] += x[i * p + j];
            }
        }
        for (int j = 0; j < p; j++) {
            means[j] /= n;
        }
        double[] coefficients = fit.coefficients();
        String version = data.target() + "-" + fingerprint(fit.intercept(), coefficients, calibrator, pipeline);
        ModelMetadata metadata = new ModelMetadata(version, data.target(), data.positiveLabel(), n, positives, lambda,
                options.l1Ratio(), options.classWeighting(), fit.iterations(), fit.converged());
        LOG.debug("trained {} on {} rows, lambda {}, {} iterations", version, n, lambda, fit.iterations());
        return new TrainingOutcome.Trained(new ScoringModel(pipeline, fit.intercept(), coefficients, means,
                calibrator, metadata));
    }

    /** Per-row weights for the class weighting. */
    static double[] weights(boolean[] y, ClassWeighting weighting) {
        double[] w = new double[y.length];
        int positives = 0;
        for (boolean b : y) {
            positives += b ? 1 : 0;
        }
        double positiveWeight = weighting == ClassWeighting.BALANCED ? y.length / (2.0 * positives) : 1;
        double negativeWeight = weighting == ClassWeighting.BALANCED ? y.length / (2.0 * (y.length - positives)) : 1;
        for (int i = 0; i < y.length; i++) {
            w[i] = y[i] ? positiveWeight : negativeWeight;
        }
        return w;
    }

    private static double[] heldOutLogOdds(double[] x, int n, int p, boolean[] y, double[] w, int[] folds,
                                           TrainingOptions options, double lambda) {
        double[] z = new double[n];
        for (int fold = 0; fold < options.calibrationFolds(); fold++) {
            int trainRows = 0;
            for (int f : folds) {
                trainRows += f != fold ? 1 : 0;
            }
            double[] trainX = new double[trainRows * p];
            boolean[] trainY = new boolean[trainRows];
            double[] trainW = new double[trainRows];
            int r = 0;
            for (int i = 0; i < n; i++) {
                if (folds[i] != fold) {
                    System.arraycopy(x, i * p, trainX, r * p, p);
                    trainY[r] = y[i];
                    trainW[r] = w[i];
                    r++;
                }
            }
            LogisticFit fit = LogisticRegression.fit(trainX, trainRows, p, trainY, trainW, lambda, options.l1Ratio(),
                    options.maxIterations(), options.tolerance());
            for (int i = 0; i < n; i++) {
                if (folds[i] == fold) {
                    z[i] = fit.linearPredictor(x, i, p);
                }
            }
        }
        return z;
    }

    private static String describe(Calibrator calibrator) {
        if (calibrator instanceof IsotonicCalibrator isotonic) {
            return "isotonic" + java.util.Arrays.toString(isotonic.knots()) + java.util.Arrays.toString(isotonic.probabilities());
        }
        return calibrator.toString();
    }

    private static String fingerprint(double intercept, double[] coefficients, Calibrator calibrator,
                                      FeaturePipeline pipeline) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            ByteBuffer buffer = ByteBuffer.allocate(8 * (coefficients.length + 1));
            buffer.putDouble(intercept);
            for (double c : coefficients) {
                buffer.putDouble(c);
            }
            digest.update(buffer.array());
            digest.update(describe(calibrator).getBytes(StandardCharsets.UTF_8));
            digest.update(pipeline.columnNames().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }
}
