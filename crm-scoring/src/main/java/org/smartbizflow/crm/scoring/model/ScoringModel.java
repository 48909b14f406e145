package org.smartbizflow.crm.scoring.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.smartbizflow.crm.scoring.Factor;
import org.smartbizflow.crm.scoring.Prediction;
import org.smartbizflow.crm.scoring.ScoreExplanation;
import org.smartbizflow.crm.scoring.feature.CategoricalEncoder;
import org.smartbizflow.crm.scoring.feature.FeaturePipeline;
import org.smartbizflow.crm.scoring.feature.FeatureSpec;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * A trained, calibrated logistic model with the feature pipeline it was trained with:
 * everything needed to score a record, explain the score, and save and reload the model.
 * Immutable and safe to share between threads.
 *
 * <p>Scores come out calibrated. Explanations give each raw attribute's effect on the
 * log-odds relative to an average training record ({@code coefficient * (value - mean)},
 * summed over the attribute's columns), so "international_plan = yes raises the odds x3"
 * reads the way a sales rep expects. With Platt calibration the slope is folded into the
 * coefficients once, so batch scoring is a single dot product and one logistic per row.
 */
public final class ScoringModel {

    private final FeaturePipeline pipeline;
    private final double intercept;
    private final double[] coefficients;
    private final double[] columnMeans;
    private final Calibrator calibrator;
    private final ModelMetadata metadata;

    private final int width;
    private final int features;
    private final int[] source;
    private final List<String> featureNames;
    private final boolean folded;
    private final double effectiveIntercept;
    private final double[] effectiveCoefficients;
    private final double[] centredOffsets;
    private final double centredIntercept;

    public ScoringModel(FeaturePipeline pipeline, double intercept, double[] coefficients, double[] columnMeans,
                        Calibrator calibrator, ModelMetadata metadata) {
        this.pipeline = Preconditions.notNull(pipeline, "pipeline");
        this.width = pipeline.width();
        Preconditions.check(coefficients != null && coefficients.length == width, "coefficients",
                "needs one coefficient per pipeline column (" + width + ")");
        Preconditions.check(columnMeans != null && columnMeans.length == width, "columnMeans",
                "needs one mean per pipeline column (" + width + ")");
        Preconditions.check(Double.isFinite(intercept), "intercept", "must be finite");
        for (double c : coefficients) {
            Preconditions.check(Double.isFinite(c), "coefficients", "must be finite");
        }
        this.intercept = intercept;
        this.coefficients = coefficients.clone();
        this.columnMeans = columnMeans.clone();
        this.calibrator = Preconditions.notNull(calibrator, "calibrator");
        this.metadata = Preconditions.notNull(metadata, "metadata");
        this.source = pipeline.sourceOfColumns();
        this.featureNames = pipeline.featureNames();
        this.features = featureNames.size();
        double slope = calibrator instanceof PlattCalibrator platt ? platt.slope() : 1;
        double offset = calibrator instanceof PlattCalibrator platt ? platt.offset() : 0;
        this.folded = !(calibrator instanceof IsotonicCalibrator);
        this.effectiveIntercept = slope * intercept + offset;
        this.effectiveCoefficients = new double[width];
        this.centredOffsets = new double[width];
        double centre = effectiveIntercept;
        for (int j = 0; j < width; j++) {
            effectiveCoefficients[j] = slope * coefficients[j];
            centredOffsets[j] = effectiveCoefficients[j] * columnMeans[j];
            centre += centredOffsets[j];
        }
        this.centredIntercept = centre;
    }

    public FeaturePipeline pipeline() {
        return pipeline;
    }

    public double intercept() {
        return intercept;
    }

    public double[] coefficients() {
        return coefficients.clone();
    }

    public double[] columnMeans() {
        return columnMeans.clone();
    }

    public Calibrator calibrator() {
        return calibrator;
    }

    public ModelMetadata metadata() {
        return metadata;
    }

    public String version() {
        return metadata.modelVersion();
    }

    /** The number of model columns a record becomes. */
    public int width() {
        return width;
    }

    /** The uncalibrated log-odds of an encoded row. */
    public double linearPredictor(double[] x, int offset) {
        double z = intercept;
        for (int j = 0; j < width; j++) {
            z += coefficients[j] * x[offset + j];
        }
        return z;
    }

    /** The calibrated probability of an encoded row. */
    public double probability(double[] x, int offset) {
        if (folded) {
            double z = effectiveIntercept;
            for (int j = 0; j < width; j++) {
                z += effectiveCoefficients[j] * x[offset + j];
            }
            return LogisticRegression.sigmoid(z);
        }
        return calibrator.probability(linearPredictor(x, offset));
    }

    /** The calibrated probability of a raw record. */
    public double probability(Map<String, ?> record) {
        return probability(pipeline.transform(record), 0);
    }

    /**
     * Scores {@code rows} encoded rows laid out row-major in {@code x} (each {@link #width()}
     * values) into {@code out}. Allocates nothing.
     */
    public void scoreBatch(double[] x, int rows, double[] out) {
        Preconditions.check(x.length >= rows * width, "x", "holds fewer than rows * width values");
        Preconditions.check(out.length >= rows, "out", "holds fewer than rows values");
        if (!folded) {
            for (int i = 0; i < rows; i++) {
                out[i] = calibrator.probability(linearPredictor(x, i * width));
            }
            return;
        }
        final double[] beta = effectiveCoefficients;
        final int p = width;
        for (int i = 0, offset = 0; i < rows; i++, offset += p) {
            double z = effectiveIntercept;
            for (int j = 0; j < p; j++) {
                z += beta[j] * x[offset + j];
            }
            out[i] = LogisticRegression.sigmoid(z);
        }
    }

    /**
     * Scores encoded rows and, for each, finds the {@code k} raw attributes with the largest
     * absolute effect on the log-odds. Writes row {@code i}'s attribute indexes (into
     * {@link FeaturePipeline#featureNames()}) to {@code topFeatures[i*k ..]} and their effects
     * to {@code topEffects[i*k ..]}, strongest first; -1 pads when there are fewer attributes.
     * One pass over the rows: the effects are computed once and give the score as well.
     */
    public void explainBatch(double[] x, int rows, int k, double[] probabilities, int[] topFeatures,
                             double[] topEffects) {
        Preconditions.check(k >= 1, "k", "must be at least 1");
        Preconditions.check(x.length >= rows * width, "x", "holds fewer than rows * width values");
        Preconditions.check(probabilities.length >= rows, "probabilities", "holds fewer than rows values");
        Preconditions.check(topFeatures.length >= rows * k && topEffects.length >= rows * k, "topFeatures",
                "must hold rows * k entries");
        final double[] beta = effectiveCoefficients;
        final double[] centre = centredOffsets;
        final int p = width;
        final boolean oneColumnEach = features == width;
        double[] effects = new double[features];
        for (int i = 0, offset = 0; i < rows; i++, offset += p) {
            double z;
            if (oneColumnEach) {
                double even = centredIntercept;
                double odd = 0;
                int j = 0;
                for (; j + 1 < p; j += 2) {
                    double a = beta[j] * x[offset + j] - centre[j];
                    double b = beta[j + 1] * x[offset + j + 1] - centre[j + 1];
                    effects[j] = a;
                    effects[j + 1] = b;
                    even += a;
                    odd += b;
                }
                if (j < p) {
                    double a = beta[j] * x[offset + j] - centre[j];
                    effects[j] = a;
                    even += a;
                }
                z = even + odd;
            } else {
                z = centredIntercept;
                Arrays.fill(effects, 0);
                for (int j = 0; j < p; j++) {
                    double e = beta[j] * x[offset + j] - centre[j];
                    effects[source[j]] += e;
                    z += e;
                }
            }
            probabilities[i] = folded ? LogisticRegression.sigmoid(z) : calibrator.probability(z);
            int base = i * k;
            if (k == 3) {
                topThree(effects, topFeatures, topEffects, base);
            } else {
                topK(effects, k, topFeatures, topEffects, base);
            }
        }
    }

    /** The three strongest effects, kept in registers: the common case, and the hot one. */
    private static void topThree(double[] effects, int[] topFeatures, double[] topEffects, int base) {
        double m1 = -1;
        double m2 = -1;
        double m3 = -1;
        double e1 = 0;
        double e2 = 0;
        double e3 = 0;
        int f1 = -1;
        int f2 = -1;
        int f3 = -1;
        for (int f = 0; f < effects.length; f++) {
            double e = effects[f];
            double m = Math.abs(e);
            if (m > m3) {
                if (m > m2) {
                    m3 = m2;
                    e3 = e2;
                    f3 = f2;
                    if (m > m1) {
                        m2 = m1;
                        e2 = e1;
                        f2 = f1;
                        m1 = m;
                        e1 = e;
                        f1 = f;
                    } else {
                        m2 = m;
                        e2 = e;
                        f2 = f;
                    }
                } else {
                    m3 = m;
                    e3 = e;
                    f3 = f;
                }
            }
        }
        topFeatures[base] = f1;
        topFeatures[base + 1] = f2;
        topFeatures[base + 2] = f3;
        topEffects[base] = e1;
        topEffects[base + 1] = e2;
        topEffects[base + 2] = e3;
    }

    private static void topK(double[] effects, int k, int[] topFeatures, double[] topEffects, int base) {
        int filled = 0;
        double threshold = -1;
        for (int f = 0; f < effects.length; f++) {
            double e = effects[f];
            double magnitude = Math.abs(e);
            if (filled < k || magnitude > threshold) {
                int position = filled < k ? filled++ : k - 1;
                while (position > 0 && magnitude > Math.abs(topEffects[base + position - 1])) {
                    topEffects[base + position] = topEffects[base + position - 1];
                    topFeatures[base + position] = topFeatures[base + position - 1];
                    position--;
                }
                topEffects[base + position] = e;
                topFeatures[base + position] = f;
                threshold = filled < k ? -1 : Math.abs(topEffects[base + k - 1]);
            }
        }
        for (int t = filled; t < k; t++) {
            topFeatures[base + t] = -1;
            topEffects[base + t] = 0;
        }
    }

    /** Every raw attribute's effect on the log-odds for one encoded row, in attribute order. */
    public double[] effects(double[] x, int offset) {
        double[] effects = new double[features];
        for (int j = 0; j < width; j++) {
            effects[source[j]] += effectiveCoefficients[j] * x[offset + j] - centredOffsets[j];
        }
        return effects;
    }

    /**
     * Scores and explains one raw record: the calibrated probability, this model's version,
     * and the {@code top} strongest positive and {@code top} strongest negative attributes.
     */
    public Prediction predict(Map<String, ?> record, int top) {
        Preconditions.notNull(record, "record");
        Preconditions.check(top >= 0, "top", "must not be negative");
        double[] x = pipeline.transform(record);
        double probability = probability(x, 0);
        double[] effects = effects(x, 0);
        List<Factor> factors = new ArrayList<>();
        for (int f = 0; f < features; f++) {
            if (effects[f] != 0) {
                String name = featureNames.get(f);
                Object raw = record.get(name);
                String value = FeatureSpec.isMissing(raw) ? CategoricalEncoder.MISSING : raw.toString().strip();
                factors.add(new Factor(name, value, effects[f], Factor.Unit.LOG_ODDS));
            }
        }
        ScoreExplanation all = new ScoreExplanation(factors);
        List<Factor> chosen = new ArrayList<>(all.topPositive(top));
        chosen.addAll(all.topNegative(top));
        return new Prediction(probability, version(), new ScoreExplanation(chosen));
    }

    /** The model as versioned JSON; {@link #fromJson} reads it back to a model that scores identically. */
    public String toJson() {
        return ModelJson.write(this);
    }

    /**
     * Reads a model saved by {@link #toJson()}.
     *
     * @throws ModelFormatException when the text is not a model, is incomplete, or was saved
     *         in a format version this library does not read
     */
    public static ScoringModel fromJson(String json) {
        return ModelJson.read(json);
    }
}
