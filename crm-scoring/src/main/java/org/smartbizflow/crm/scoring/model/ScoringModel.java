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
    private static final long FIRST_NAN_BITS = 0x7FF0_0000_0000_0001L;

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
                topK(effects, k, topFeatures, topEffects, base);
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
     * The attributes with the largest coefficients come first ({@link #leadingCount} of them).
     * Any of them may be among the three, in no predictable order, so they go through a
     * compare-and-swap network without branches. After them the third key is high, and the
     * remaining attributes almost always fall short of it: one well-predicted comparison each.
     */
    private void topThree(double[] effects, long indexMask, int[] topFeatures, double[] topEffects, int base) {
        final long magnitudeMask = MAGNITUDE_BITS & ~indexMask;
        final int[] order = strengthOrder;
        final int leading = leadingCount;
        KeySlots top = new KeySlots();
        for (int t = 0; t < leading; t++) {
            int f = order[t];
            top.offerToThree((Double.doubleToRawLongBits(effects[f]) & magnitudeMask) | f);
        }
        // no key at or below the third's magnitude (index bits cleared) can enter
        double floor = Double.longBitsToDouble(top.third & magnitudeMask);
        for (int t = leading; t < order.length; t++) {
            int f = order[t];
            double effect = effects[f];
            if (Math.abs(effect) >= floor) {
                top.offerToThree((Double.doubleToRawLongBits(effect) & magnitudeMask) | f);
                floor = Double.longBitsToDouble(top.third & magnitudeMask);
            }
        }
        int f1 = top.first < 0 ? -1 : (int) (top.first & indexMask);
        int f2 = top.second < 0 ? -1 : (int) (top.second & indexMask);
        int f3 = top.third < 0 ? -1 : (int) (top.third & indexMask);
        topFeatures[base] = f1;
        topFeatures[base + 1] = f2;
        topFeatures[base + 2] = f3;
        topEffects[base] = f1 < 0 ? 0 : effects[f1];
        topEffects[base + 1] = f2 < 0 ? 0 : effects[f2];
        topEffects[base + 2] = f3 < 0 ? 0 : effects[f3];
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
        double[] effects = new double[features];
        for (int i = 0, offset = 0; i < rows; i++, offset += p) {
            if (folded && oneColumnEach && k > 0) {
                // the same sum as scoreBatch, so batch and plain scores agree to the bit
                double z = effectiveIntercept;
                for (int j = 0; j < p; j++) {
                    double product = beta[j] * x[offset + j];
                    z += product;
                    effects[j] = product - centre[j];
                }
                probabilities[i] = LogisticRegression.sigmoid(z);
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
                    for (int j = 0; j < p; j++) {
                        effects[j] = beta[j] * x[offset + j] - centre[j];
                    }
                }
            } else {
                Arrays.fill(effects, 0);
                for (int j = 0; j < p; j++) {
                    effects[source[j]] += beta[j] * x[offset + j] - centre[j];
                }
            }
            int base = i * k;
            if (k == 3) {
                topThreeOfEachSign(effects, base, positiveFeatures, positiveEffects, negativeFeatures,
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
     * {@link #exactTopThreeOfEachSign} finds them. Keys are built as in {@link #topThree}, with
     * the low bits holding the attribute's place in name order (reversed, so the name that
     * sorts first makes the larger key). The {@link #leadingCount} strongest attributes go
     * through two compare-and-swap networks without branches, one per sign, each keeping a
     * fourth slot for the largest key it let go; the rest are mostly turned away by one
     * comparison with each sign's third magnitude. Key order is the exact order except between
     * magnitudes equal in all but the low bits: when two neighbouring slots hold such a pair,
     * the row is redone exactly.
     */
    private void topThreeOfEachSign(double[] effects, int base, int[] positiveFeatures, double[] positiveEffects,
                                    int[] negativeFeatures, double[] negativeEffects) {
        final long indexMask = keyIndexMask;
        final long magnitudeMask = MAGNITUDE_BITS & ~indexMask;
        final long[] tieBits = nameTieBits;
        final int[] order = strengthOrder;
        final int leading = leadingCount;
        KeySlots positive = new KeySlots();
        KeySlots negative = new KeySlots();
        for (int t = 0; t < leading; t++) {
            int f = order[t];
            long bits = Double.doubleToRawLongBits(effects[f]);
            long magnitude = bits & MAGNITUDE_BITS;
            // all ones for a non-zero effect that is a number, as the exact comparisons admit
            long admitted = (-magnitude >> 63) & ((magnitude - FIRST_NAN_BITS) >> 63);
            long sign = bits >> 63;
            long key = (magnitude & magnitudeMask) | tieBits[f];
            // -1, which no slot keeps, unless the effect has that sign
            positive.offer(key | ~(admitted & ~sign));
            negative.offer(key | ~(admitted & sign));
        }
        // an effect must be strictly positive (negative) to enter, and reach the third's magnitude
        double positiveFloor = entryFloor(positive.third, magnitudeMask);
        double negativeFloor = entryFloor(negative.third, magnitudeMask);
        for (int t = leading; t < order.length; t++) {
            int f = order[t];
            double effect = effects[f];
            if (effect >= positiveFloor) {
                positive.offer((Double.doubleToRawLongBits(effect) & magnitudeMask) | tieBits[f]);
                positiveFloor = entryFloor(positive.third, magnitudeMask);
            } else if (-effect >= negativeFloor) {
                negative.offer((Double.doubleToRawLongBits(-effect) & magnitudeMask) | tieBits[f]);
                negativeFloor = entryFloor(negative.third, magnitudeMask);
            }
        }
        if (positive.nearTie(magnitudeMask) || negative.nearTie(magnitudeMask)) {
            exactTopThreeOfEachSign(effects, base, positiveFeatures, positiveEffects, negativeFeatures,
                    negativeEffects);
            return;
        }
        fill(effects, positive.first, indexMask, base, positiveFeatures, positiveEffects);
        fill(effects, positive.second, indexMask, base + 1, positiveFeatures, positiveEffects);
        fill(effects, positive.third, indexMask, base + 2, positiveFeatures, positiveEffects);
        fill(effects, negative.first, indexMask, base, negativeFeatures, negativeEffects);
        fill(effects, negative.second, indexMask, base + 1, negativeFeatures, negativeEffects);
        fill(effects, negative.third, indexMask, base + 2, negativeFeatures, negativeEffects);
    }

    /**
     * The smallest magnitude that can still enter, given the third slot: any non-zero one while
     * it is empty, else the third's magnitude with its low bits cleared.
     */
    private static double entryFloor(long third, long magnitudeMask) {
        return third < 0 ? Double.MIN_VALUE : Math.max(Double.MIN_VALUE, Double.longBitsToDouble(third & magnitudeMask));
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

    /**
     * The four largest keys offered so far (three with {@link #offerToThree}), largest first;
     * -1 marks an empty slot and is never kept over a key. Each offer runs a compare-and-swap network without branches: at each
     * slot the larger of the slot and the carried key stays, and the smaller is carried on.
     * Keys are at least -1 and below 2^63, so no difference overflows. Used within one row, so
     * the JIT keeps the slots in registers.
     */
    private static final class KeySlots {
        long first = -1;
        long second = -1;
        long third = -1;
        long fourth = -1;

        /** Offers a key to all four slots. */
        void offer(long key) {
            long difference = fourth - offerToThree(key);
            fourth -= difference & (difference >> 63);
        }

        /** Offers a key to the first three slots only; returns the key that falls out, or -1. */
        long offerToThree(long key) {
            long carried = key;
            long difference = first - carried;
            long swap = difference & (difference >> 63);
            first -= swap;
            carried += swap;
            difference = second - carried;
            swap = difference & (difference >> 63);
            second -= swap;
            carried += swap;
            difference = third - carried;
            swap = difference & (difference >> 63);
            third -= swap;
            return carried + swap;
        }

        /** Whether two neighbouring filled slots hold magnitudes only the low bits tell apart. */
        boolean nearTie(long magnitudeMask) {
            return near(first, second, magnitudeMask) || near(second, third, magnitudeMask)
                    || near(third, fourth, magnitudeMask);
        }

        private static boolean near(long higher, long lower, long magnitudeMask) {
            return lower >= 0 && ((higher ^ lower) & magnitudeMask) == 0;
        }
    }
}
