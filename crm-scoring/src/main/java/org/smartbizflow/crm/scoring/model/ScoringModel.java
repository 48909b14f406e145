package org.smartbizflow.crm.scoring.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.smartbizflow.crm.scoring.Prediction;
import org.smartbizflow.crm.scoring.feature.FeaturePipeline;
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

    private static final long MAGNITUDE_BITS = 0x7FFF_FFFF_FFFF_FFFFL;
    /** How many of the leading attributes the selection networks take (see {@link #topThree}). */
    private static final int NETWORK = 10;

    private final int width;
    private final int features;
    private final int[] source;
    private final List<String> featureNames;
    private final boolean folded;
    private final double effectiveIntercept;
    private final double[] effectiveCoefficients;
    private final double[] centredOffsets;
    private final double centredIntercept;
    private final int[] nameOrder;
    private final int[] nameRank;
    private final int[] strengthOrder;
    private final int leadingCount;
    private final long keyIndexMask;
    private final long[] nameTieBits;
    private final int networkSize;
    private final int[] networkFeatures;
    private final long[] networkIndexBits;
    private final long[] networkTieBits;

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
        Integer[] order = new Integer[features];
        for (int f = 0; f < features; f++) {
            order[f] = f;
        }
        Arrays.sort(order, (a, b) -> featureNames.get(a).compareTo(featureNames.get(b)));
        this.nameOrder = new int[features];
        this.nameRank = new int[features];
        for (int t = 0; t < features; t++) {
            nameOrder[t] = order[t];
            nameRank[order[t]] = t;
        }
        // columns are standardised or 0/1, so a large coefficient means a large typical effect
        double[] strength = new double[features];
        for (int j = 0; j < width; j++) {
            strength[source[j]] = Math.max(strength[source[j]], Math.abs(effectiveCoefficients[j]));
        }
        Arrays.sort(order, (a, b) -> Double.compare(strength[b], strength[a]));
        this.strengthOrder = new int[features];
        for (int t = 0; t < features; t++) {
            strengthOrder[t] = order[t];
        }
        // the attributes whose coefficient is at least 60% of the third strongest: any of them
        // is often among a row's three strongest effects; the rest rarely are
        int leading = Math.min(3, features);
        while (features > 3 && leading < features
                && strength[order[leading]] >= 0.6 * strength[order[2]]) {
            leading++;
        }
        this.leadingCount = leading;
        this.keyIndexMask = (1L << Math.max(1, 64 - Long.numberOfLeadingZeros(features - 1L))) - 1;
        this.nameTieBits = new long[features];
        for (int f = 0; f < features; f++) {
            nameTieBits[f] = keyIndexMask - nameRank[f];
        }
        // the selection networks take the first NETWORK leading attributes; a shorter list is
        // padded with index `features`, a slot of the effects buffer that always holds 0
        this.networkSize = Math.min(leadingCount, NETWORK);
        this.networkFeatures = new int[NETWORK];
        this.networkIndexBits = new long[NETWORK];
        this.networkTieBits = new long[NETWORK];
        for (int t = 0; t < NETWORK; t++) {
            boolean real = t < networkSize;
            networkFeatures[t] = real ? strengthOrder[t] : features;
            networkIndexBits[t] = real ? strengthOrder[t] : -1;
            networkTieBits[t] = real ? nameTieBits[strengthOrder[t]] : 0;
        }
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
        // one slot more than attributes: the pad the selection networks read, always 0
        double[] effects = new double[features + 1];
        final long indexMask = keyIndexMask;
        for (int i = 0, offset = 0; i < rows; i++, offset += p) {
            double z;
            if (oneColumnEach) {
                // z sums the same products in the same order as scoreBatch, so the scores agree to the bit
                z = effectiveIntercept;
                for (int j = 0; j < p; j++) {
                    double product = beta[j] * x[offset + j];
                    z += product;
                    effects[j] = product - centre[j];
                }
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
                topThree(effects, indexMask, topFeatures, topEffects, base);
            } else {
                topK(effects, features, k, topFeatures, topEffects, base);
            }
        }
    }

    /**
     * The three strongest effects. Each effect's magnitude bits (ordered like the magnitudes,
     * as for any non-negative double) with the attribute index in the low bits form a unique
     * key, and the three largest keys are kept. The index bits only break ties between
     * magnitudes equal to within a relative 2^-(52 - index bits). Keys are unique, so the
     * visiting order does not change the result.
     * <p>
     * The attributes with the largest coefficients ({@link #leadingCount} of them, at most
     * {@value #NETWORK}) may each be among the three, in no predictable order, so they go
     * through a selection network without branches: the three largest of each half in order,
     * then the three largest of those six. Padding keys are -1, below every key. After them the
     * third key is high, and the remaining attributes almost always fall short of it: one
     * well-predicted comparison each.
     */
    private void topThree(double[] effects, long indexMask, int[] topFeatures, double[] topEffects, int base) {
        final long magnitudeMask = MAGNITUDE_BITS & ~indexMask;
        final int[] net = networkFeatures;
        final long[] index = networkIndexBits;
        long k0 = (Double.doubleToRawLongBits(effects[net[0]]) & magnitudeMask) | index[0];
        long k1 = (Double.doubleToRawLongBits(effects[net[1]]) & magnitudeMask) | index[1];
        long k2 = (Double.doubleToRawLongBits(effects[net[2]]) & magnitudeMask) | index[2];
        long k3 = (Double.doubleToRawLongBits(effects[net[3]]) & magnitudeMask) | index[3];
        long k4 = (Double.doubleToRawLongBits(effects[net[4]]) & magnitudeMask) | index[4];
        long k5 = (Double.doubleToRawLongBits(effects[net[5]]) & magnitudeMask) | index[5];
        long k6 = (Double.doubleToRawLongBits(effects[net[6]]) & magnitudeMask) | index[6];
        long k7 = (Double.doubleToRawLongBits(effects[net[7]]) & magnitudeMask) | index[7];
        long k8 = (Double.doubleToRawLongBits(effects[net[8]]) & magnitudeMask) | index[8];
        long k9 = (Double.doubleToRawLongBits(effects[net[9]]) & magnitudeMask) | index[9];
        // each exchange "d = kA - kB; d &= d >> 63; kA -= d; kB += d" leaves the larger key in kA;
        // keys lie in [-1, 2^63), so no difference overflows
        long d;
        // k0..k4: sort the first four, then carry k4 down the first three
        d = k0 - k1; d &= d >> 63; k0 -= d; k1 += d;
        d = k2 - k3; d &= d >> 63; k2 -= d; k3 += d;
        d = k0 - k2; d &= d >> 63; k0 -= d; k2 += d;
        d = k1 - k3; d &= d >> 63; k1 -= d; k3 += d;
        d = k1 - k2; d &= d >> 63; k1 -= d; k2 += d;
        d = k0 - k4; d &= d >> 63; k0 -= d; k4 += d;
        d = k1 - k4; d &= d >> 63; k1 -= d; k4 += d;
        d = k2 - k4; d &= d >> 63; k2 -= d; k4 += d;
        // k5..k9 the same way
        d = k5 - k6; d &= d >> 63; k5 -= d; k6 += d;
        d = k7 - k8; d &= d >> 63; k7 -= d; k8 += d;
        d = k5 - k7; d &= d >> 63; k5 -= d; k7 += d;
        d = k6 - k8; d &= d >> 63; k6 -= d; k8 += d;
        d = k6 - k7; d &= d >> 63; k6 -= d; k7 += d;
        d = k5 - k9; d &= d >> 63; k5 -= d; k9 += d;
        d = k6 - k9; d &= d >> 63; k6 -= d; k9 += d;
        d = k7 - k9; d &= d >> 63; k7 -= d; k9 += d;
        // the larger of k0 and k7, k1 and k6, k2 and k5 are the three largest of all ten ...
        d = k0 - k7; k0 -= d & (d >> 63);
        d = k1 - k6; k1 -= d & (d >> 63);
        d = k2 - k5; k2 -= d & (d >> 63);
        // ... and are descending, then ascending: three exchanges put them in order
        d = k0 - k1; d &= d >> 63; k0 -= d; k1 += d;
        d = k1 - k2; d &= d >> 63; k1 -= d; k2 += d;
        d = k0 - k1; d &= d >> 63; k0 -= d; k1 += d;
        // no key at or below the third's magnitude (index bits cleared) can enter
        double floor = Double.longBitsToDouble(k2 & magnitudeMask);
        final int[] order = strengthOrder;
        for (int t = networkSize; t < order.length; t++) {
            int f = order[t];
            double effect = effects[f];
            if (Math.abs(effect) >= floor) {
                long carried = (Double.doubleToRawLongBits(effect) & magnitudeMask) | f;
                d = k0 - carried; d &= d >> 63; k0 -= d; carried += d;
                d = k1 - carried; d &= d >> 63; k1 -= d; carried += d;
                d = k2 - carried; d &= d >> 63; k2 -= d;
                floor = Double.longBitsToDouble(k2 & magnitudeMask);
            }
        }
        int f1 = k0 < 0 ? -1 : (int) (k0 & indexMask);
        int f2 = k1 < 0 ? -1 : (int) (k1 & indexMask);
        int f3 = k2 < 0 ? -1 : (int) (k2 & indexMask);
        topFeatures[base] = f1;
        topFeatures[base + 1] = f2;
        topFeatures[base + 2] = f3;
        topEffects[base] = f1 < 0 ? 0 : effects[f1];
        topEffects[base + 1] = f2 < 0 ? 0 : effects[f2];
        topEffects[base + 2] = f3 < 0 ? 0 : effects[f3];
    }

    private static void topK(double[] effects, int attributes, int k, int[] topFeatures, double[] topEffects,
                             int base) {
        int filled = 0;
        double threshold = -1;
        for (int f = 0; f < attributes; f++) {
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
        // a row has at most one effect per attribute, so a larger top changes nothing
        BatchExplanations one = new BatchExplanations(1, Math.min(top, features));
        explainBatch(pipeline.transform(record), 1, one);
        return new Prediction(one.probability(0), version(), one.explanation(0, record));
    }

    /**
     * Scores encoded rows and, for each, keeps its {@code out.k()} strongest positive and
     * {@code out.k()} strongest negative attribute effects on the log-odds: the batch form of
     * {@link #predict(Map, int)}, with the same probabilities as {@link #scoreBatch} and the
     * same factors as {@code predict}, without allocating per row.
     */
    public void explainBatch(double[] x, int rows, BatchExplanations out) {
        Preconditions.notNull(out, "out");
        Preconditions.check(rows >= 0 && rows <= out.capacity(), "rows", "must fit the buffer's capacity ("
                + out.capacity() + ")");
        Preconditions.check(x.length >= rows * width, "x", "holds fewer than rows * width values");
        final int k = out.k();
        final double[] probabilities = out.probabilityArray();
        final int[] positiveFeatures = out.positiveFeatureArray();
        final double[] positiveEffects = out.positiveEffectArray();
        final int[] negativeFeatures = out.negativeFeatureArray();
        final double[] negativeEffects = out.negativeEffectArray();
        final double[] beta = effectiveCoefficients;
        final double[] centre = centredOffsets;
        final int[] order = nameOrder;
        final int p = width;
        final boolean oneColumnEach = features == width;
        // one slot more than attributes: the pad the selection networks read, always 0
        double[] effects = new double[features + 1];
        for (int i = 0, offset = 0; i < rows; i++, offset += p) {
            // finite only if no effect is infinite or not a number (the fast selection needs that);
            // every path below that fills the effects sets it
            double check = Double.NaN;
            if (folded && oneColumnEach && k > 0) {
                // the same sum as scoreBatch, so batch and plain scores agree to the bit
                double z = effectiveIntercept;
                for (int j = 0; j < p; j++) {
                    double product = beta[j] * x[offset + j];
                    z += product;
                    effects[j] = product - centre[j];
                }
                probabilities[i] = LogisticRegression.sigmoid(z);
                // an effect is not a number only if its product is not, and then neither is z
                check = z;
            } else if (folded) {
                double z = effectiveIntercept;
                for (int j = 0; j < p; j++) {
                    z += beta[j] * x[offset + j];
                }
                probabilities[i] = LogisticRegression.sigmoid(z);
            } else {
                probabilities[i] = calibrator.probability(linearPredictor(x, offset));
            }
            if (k == 0) {
                continue;
            }
            if (oneColumnEach) {
                if (!folded) {
                    check = 0;
                    for (int j = 0; j < p; j++) {
                        double e = beta[j] * x[offset + j] - centre[j];
                        effects[j] = e;
                        check += e;
                    }
                }
            } else {
                Arrays.fill(effects, 0);
                check = 0;
                for (int j = 0; j < p; j++) {
                    double e = beta[j] * x[offset + j] - centre[j];
                    effects[source[j]] += e;
                    check += e;
                }
            }
            int base = i * k;
            if (k == 3 && Double.isFinite(check)) {
                topThreeOfEachSign(effects, base, positiveFeatures, positiveEffects, negativeFeatures,
                        negativeEffects);
            } else if (k == 3) {
                exactTopThreeOfEachSign(effects, base, positiveFeatures, positiveEffects, negativeFeatures,
                        negativeEffects);
            } else {
                topOfEachSign(effects, order, k, base, positiveFeatures, positiveEffects, negativeFeatures,
                        negativeEffects);
            }
        }
        out.filled(rows, featureNames);
    }

    /**
     * The three largest positive and three largest negative effects, as
     * {@link #exactTopThreeOfEachSign} finds them, for a row whose effects are all finite.
     * <p>
     * Each effect becomes a signed key: its magnitude rounded up to a bucket of
     * 2^(index bits + 1) units in the last place and halved, with the attribute's place in name
     * order in the low bits (reversed, so the name that sorts first makes the larger key), all
     * bits inverted for a negative effect. Keys then order like the effects, except within a
     * bucket, where they order by name; they lie within (-2^62, 2^62), so no difference of two
     * overflows. The leading attributes ({@link #leadingCount} of them, at most {@value #NETWORK},
     * padded with zero effects) are sorted by a 29-exchange network for ten inputs
     * (Waksman's, in Knuth, The Art of Computer Programming, vol. 3, section 5.3.4), without
     * branches: the four largest keys are the candidates on the positive side and the four
     * smallest on the negative side. The rest are mostly turned away by one comparison with each
     * side's third magnitude. Key order is the exact order except within a bucket: when two
     * neighbouring slots share one, the row is redone exactly.
     */
    private void topThreeOfEachSign(double[] effects, int base, int[] positiveFeatures, double[] positiveEffects,
                                    int[] negativeFeatures, double[] negativeEffects) {
        final long indexMask = keyIndexMask;
        final long bucketMask = ~indexMask;
        final long round = 2 * indexMask + 1;
        final int[] net = networkFeatures;
        final long[] tie = networkTieBits;
        long k0 = signedKey(effects[net[0]], tie[0], round, bucketMask);
        long k1 = signedKey(effects[net[1]], tie[1], round, bucketMask);
        long k2 = signedKey(effects[net[2]], tie[2], round, bucketMask);
        long k3 = signedKey(effects[net[3]], tie[3], round, bucketMask);
        long k4 = signedKey(effects[net[4]], tie[4], round, bucketMask);
        long k5 = signedKey(effects[net[5]], tie[5], round, bucketMask);
        long k6 = signedKey(effects[net[6]], tie[6], round, bucketMask);
        long k7 = signedKey(effects[net[7]], tie[7], round, bucketMask);
        long k8 = signedKey(effects[net[8]], tie[8], round, bucketMask);
        long k9 = signedKey(effects[net[9]], tie[9], round, bucketMask);
        // each exchange leaves the larger key in the first, as in topThree
        long d;
        d = k0 - k8; d &= d >> 63; k0 -= d; k8 += d;
        d = k1 - k9; d &= d >> 63; k1 -= d; k9 += d;
        d = k2 - k7; d &= d >> 63; k2 -= d; k7 += d;
        d = k3 - k5; d &= d >> 63; k3 -= d; k5 += d;
        d = k4 - k6; d &= d >> 63; k4 -= d; k6 += d;
        d = k0 - k2; d &= d >> 63; k0 -= d; k2 += d;
        d = k1 - k4; d &= d >> 63; k1 -= d; k4 += d;
        d = k5 - k8; d &= d >> 63; k5 -= d; k8 += d;
        d = k7 - k9; d &= d >> 63; k7 -= d; k9 += d;
        d = k0 - k3; d &= d >> 63; k0 -= d; k3 += d;
        d = k2 - k4; d &= d >> 63; k2 -= d; k4 += d;
        d = k5 - k7; d &= d >> 63; k5 -= d; k7 += d;
        d = k6 - k9; d &= d >> 63; k6 -= d; k9 += d;
        d = k0 - k1; d &= d >> 63; k0 -= d; k1 += d;
        d = k3 - k6; d &= d >> 63; k3 -= d; k6 += d;
        d = k8 - k9; d &= d >> 63; k8 -= d; k9 += d;
        d = k1 - k5; d &= d >> 63; k1 -= d; k5 += d;
        d = k2 - k3; d &= d >> 63; k2 -= d; k3 += d;
        d = k4 - k8; d &= d >> 63; k4 -= d; k8 += d;
        d = k6 - k7; d &= d >> 63; k6 -= d; k7 += d;
        d = k1 - k2; d &= d >> 63; k1 -= d; k2 += d;
        d = k3 - k5; d &= d >> 63; k3 -= d; k5 += d;
        d = k4 - k6; d &= d >> 63; k4 -= d; k6 += d;
        d = k7 - k8; d &= d >> 63; k7 -= d; k8 += d;
        d = k2 - k3; d &= d >> 63; k2 -= d; k3 += d;
        d = k4 - k5; d &= d >> 63; k4 -= d; k5 += d;
        d = k6 - k7; d &= d >> 63; k6 -= d; k7 += d;
        d = k3 - k4; d &= d >> 63; k3 -= d; k4 += d;
        d = k5 - k6; d &= d >> 63; k5 -= d; k6 += d;
        // a slot takes a key only if it has the slot's sign and a magnitude above 0; -1 is empty
        long p1 = slot(k0, indexMask);
        long p2 = slot(k1, indexMask);
        long p3 = slot(k2, indexMask);
        long p4 = slot(k3, indexMask);
        long n1 = slot(~k9, indexMask);
        long n2 = slot(~k8, indexMask);
        long n3 = slot(~k7, indexMask);
        long n4 = slot(~k6, indexMask);
        double positiveFloor = entryFloor(p3, bucketMask, round);
        double negativeFloor = entryFloor(n3, bucketMask, round);
        final long[] tieBits = nameTieBits;
        final int[] order = strengthOrder;
        for (int t = networkSize; t < order.length; t++) {
            int f = order[t];
            double effect = effects[f];
            if (effect >= positiveFloor) {
                long carried = magnitudeKey(effect, tieBits[f], round, bucketMask);
                d = p1 - carried; d &= d >> 63; p1 -= d; carried += d;
                d = p2 - carried; d &= d >> 63; p2 -= d; carried += d;
                d = p3 - carried; d &= d >> 63; p3 -= d; carried += d;
                d = p4 - carried; d &= d >> 63; p4 -= d;
                positiveFloor = entryFloor(p3, bucketMask, round);
            } else if (-effect >= negativeFloor) {
                long carried = magnitudeKey(effect, tieBits[f], round, bucketMask);
                d = n1 - carried; d &= d >> 63; n1 -= d; carried += d;
                d = n2 - carried; d &= d >> 63; n2 -= d; carried += d;
                d = n3 - carried; d &= d >> 63; n3 -= d; carried += d;
                d = n4 - carried; d &= d >> 63; n4 -= d;
                negativeFloor = entryFloor(n3, bucketMask, round);
            }
        }
        if (sameBucket(p1, p2, bucketMask) || sameBucket(p2, p3, bucketMask) || sameBucket(p3, p4, bucketMask)
                || sameBucket(n1, n2, bucketMask) || sameBucket(n2, n3, bucketMask)
                || sameBucket(n3, n4, bucketMask)) {
            exactTopThreeOfEachSign(effects, base, positiveFeatures, positiveEffects, negativeFeatures,
                    negativeEffects);
            return;
        }
        fill(effects, p1, indexMask, base, positiveFeatures, positiveEffects);
        fill(effects, p2, indexMask, base + 1, positiveFeatures, positiveEffects);
        fill(effects, p3, indexMask, base + 2, positiveFeatures, positiveEffects);
        fill(effects, n1, indexMask, base, negativeFeatures, negativeEffects);
        fill(effects, n2, indexMask, base + 1, negativeFeatures, negativeEffects);
        fill(effects, n3, indexMask, base + 2, negativeFeatures, negativeEffects);
    }

    /**
     * An effect's magnitude, rounded up to a multiple of {@code round + 1} units in the last
     * place and halved (so 0 stays 0 and any other magnitude becomes at least one bucket), with
     * {@code tie} in the low bits.
     */
    private static long magnitudeKey(double effect, long tie, long round, long bucketMask) {
        return ((((Double.doubleToRawLongBits(effect) & MAGNITUDE_BITS) + round) >>> 1) & bucketMask) | tie;
    }

    /** {@link #magnitudeKey}, with all bits inverted for a negative effect (or -0). */
    private static long signedKey(double effect, long tie, long round, long bucketMask) {
        return magnitudeKey(effect, tie, round, bucketMask) ^ (Double.doubleToRawLongBits(effect) >> 63);
    }

    /** The key if it is positive with a magnitude above 0 (above the tie bits), else -1. */
    private static long slot(long key, long indexMask) {
        return key | ((key - indexMask - 1) >> 63);
    }

    /**
     * The smallest effect that can still enter, given the third slot: any magnitude above 0 while
     * it is empty, else the smallest magnitude of the third's bucket.
     */
    private static double entryFloor(long third, long bucketMask, long round) {
        return third < 0 ? Double.MIN_VALUE : Double.longBitsToDouble(2 * (third & bucketMask) - round);
    }

    /** Whether the lower slot is filled and in the higher one's bucket. */
    private static boolean sameBucket(long higher, long lower, long bucketMask) {
        return lower >= 0 && ((higher ^ lower) & bucketMask) == 0;
    }

    private void fill(double[] effects, long key, long indexMask, int slot, int[] features, double[] values) {
        int f = key < 0 ? -1 : nameOrder[(int) (indexMask - (key & indexMask))];
        features[slot] = f;
        values[slot] = f < 0 ? 0 : effects[f];
    }

    /**
     * One pass keeping the three largest positive and three largest negative effects in
     * locals, comparing the effects themselves. An empty slot holds 0, so an effect must be
     * strictly positive (negative) to enter at all; an exact tie goes to the attribute whose
     * name sorts first, as in {@link org.smartbizflow.crm.scoring.ScoreExplanation}.
     */
    private void exactTopThreeOfEachSign(double[] effects, int base, int[] positiveFeatures, double[] positiveEffects,
                                         int[] negativeFeatures, double[] negativeEffects) {
        final int[] rank = nameRank;
        double p1 = 0;
        double p2 = 0;
        double p3 = 0;
        int pf1 = -1;
        int pf2 = -1;
        int pf3 = -1;
        double n1 = 0;
        double n2 = 0;
        double n3 = 0;
        int nf1 = -1;
        int nf2 = -1;
        int nf3 = -1;
        for (int f : strengthOrder) {
            double e = effects[f];
            if (e > p3 || (e == p3 && e != 0 && rank[f] < rank[pf3])) {
                if (e > p2 || (e == p2 && rank[f] < rank[pf2])) {
                    p3 = p2;
                    pf3 = pf2;
                    if (e > p1 || (e == p1 && rank[f] < rank[pf1])) {
                        p2 = p1;
                        pf2 = pf1;
                        p1 = e;
                        pf1 = f;
                    } else {
                        p2 = e;
                        pf2 = f;
                    }
                } else {
                    p3 = e;
                    pf3 = f;
                }
            } else if (e < n3 || (e == n3 && e != 0 && rank[f] < rank[nf3])) {
                if (e < n2 || (e == n2 && rank[f] < rank[nf2])) {
                    n3 = n2;
                    nf3 = nf2;
                    if (e < n1 || (e == n1 && rank[f] < rank[nf1])) {
                        n2 = n1;
                        nf2 = nf1;
                        n1 = e;
                        nf1 = f;
                    } else {
                        n2 = e;
                        nf2 = f;
                    }
                } else {
                    n3 = e;
                    nf3 = f;
                }
            }
        }
        positiveFeatures[base] = pf1;
        positiveFeatures[base + 1] = pf2;
        positiveFeatures[base + 2] = pf3;
        positiveEffects[base] = p1;
        positiveEffects[base + 1] = p2;
        positiveEffects[base + 2] = p3;
        negativeFeatures[base] = nf1;
        negativeFeatures[base + 1] = nf2;
        negativeFeatures[base + 2] = nf3;
        negativeEffects[base] = n1;
        negativeEffects[base + 1] = n2;
        negativeEffects[base + 2] = n3;
    }

    /** {@link #topThreeOfEachSign} for any {@code k}, inserting into the output slots. */
    private static void topOfEachSign(double[] effects, int[] order, int k, int base, int[] positiveFeatures,
                                      double[] positiveEffects, int[] negativeFeatures, double[] negativeEffects) {
        Arrays.fill(positiveFeatures, base, base + k, -1);
        Arrays.fill(positiveEffects, base, base + k, 0);
        Arrays.fill(negativeFeatures, base, base + k, -1);
        Arrays.fill(negativeEffects, base, base + k, 0);
        final int last = base + k - 1;
        for (int f : order) {
            double e = effects[f];
            if (e > positiveEffects[last]) {
                int position = last;
                while (position > base && e > positiveEffects[position - 1]) {
                    positiveEffects[position] = positiveEffects[position - 1];
                    positiveFeatures[position] = positiveFeatures[position - 1];
                    position--;
                }
                positiveEffects[position] = e;
                positiveFeatures[position] = f;
            } else if (e < negativeEffects[last]) {
                int position = last;
                while (position > base && e < negativeEffects[position - 1]) {
                    negativeEffects[position] = negativeEffects[position - 1];
                    negativeFeatures[position] = negativeFeatures[position - 1];
                    position--;
                }
                negativeEffects[position] = e;
                negativeFeatures[position] = f;
            }
        }
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
