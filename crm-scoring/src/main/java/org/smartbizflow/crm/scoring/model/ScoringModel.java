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
    private static final int MAGNITUDE_TOP = 0x7FFF_FFFF;

    private final int width;
    private final int features;
    /** Where each attribute's columns end (exclusive); they start where the previous one's end. */
    private final int[] attributeEnd;
    /** Each attribute's share of the centred offsets, summed over its columns in order. */
    private final double[] attributeCentre;
    private final List<String> featureNames;
    private final boolean folded;
    private final double effectiveIntercept;
    private final double[] effectiveCoefficients;
    private final double[] centredOffsets;
    private final double centredIntercept;
    private final int[] nameOrder;
    private final int[] nameRank;
    private final int[] strengthOrder;
    private final long keyIndexMask;

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
        int[] source = pipeline.sourceOfColumns();
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
        // the pipeline lays each attribute's columns side by side, in attribute order
        this.attributeEnd = new int[features];
        this.attributeCentre = new double[features];
        for (int j = 0; j < width; j++) {
            attributeEnd[source[j]] = j + 1;
            attributeCentre[source[j]] += centredOffsets[j];
        }
        for (int a = 1; a < features; a++) {
            attributeEnd[a] = Math.max(attributeEnd[a], attributeEnd[a - 1]);
        }
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
        this.keyIndexMask = (1L << Math.max(1, 64 - Long.numberOfLeadingZeros(features - 1L))) - 1;
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
        final boolean masked = k == 3 && features <= Long.SIZE;
        // the row loops here and in the other explainBatch differ only in their masks; sharing one
        // (two masks, or the loop in a method of its own) cost this form about 5% of its time
        final double[] beta = effectiveCoefficients;
        final int[] end = attributeEnd;
        // one column per attribute: the plain loop, where the attribute's centre is the column's
        final boolean oneColumnEach = features == width;
        final double[] centre = oneColumnEach ? centredOffsets : attributeCentre;
        double[] effects = new double[features];
        // the smallest magnitude a candidate may have, adapted from row to row (see strongestThree)
        double floor = 0;
        for (int i = 0, offset = 0; i < rows; i++, offset += width) {
            // z sums the same products in the same order as scoreBatch, so the scores agree to the bit
            double z = folded ? effectiveIntercept : intercept;
            long mask = 0;
            final double entry = Math.nextDown(Double.longBitsToDouble(Double.doubleToRawLongBits(floor)
                    & ~keyIndexMask));
            if (oneColumnEach) {
                for (int j = 0; j < width; j++) {
                    double product = beta[j] * x[offset + j];
                    z += product;
                    double e = product - centre[j];
                    effects[j] = e;
                    mask = (mask << 1) | (Double.doubleToRawLongBits(entry - Math.abs(e)) >>> 63);
                }
            } else {
                for (int f = 0, j = 0; f < features; f++) {
                    double sum = 0;
                    for (; j < end[f]; j++) {
                        double product = beta[j] * x[offset + j];
                        z += product;
                        sum += product;
                    }
                    double e = sum - centre[f];
                    effects[f] = e;
                    mask = (mask << 1) | (Double.doubleToRawLongBits(entry - Math.abs(e)) >>> 63);
                }
            }
            probabilities[i] = folded ? LogisticRegression.sigmoid(z) : calibrator.probability(z);
            int base = i * k;
            if (masked) {
                // an effect is infinite or not a number only if a product is, and then so is z
                floor = strongestThree(effects, Long.reverse(mask) >>> (Long.SIZE - features), Double.isFinite(z),
                        floor, topFeatures, topEffects, base);
            } else if (k == 3) {
                strongestThree(effects, 0, Double.isFinite(z), 0, topFeatures, topEffects, base);
            } else {
                topK(effects, features, k, topFeatures, topEffects, base);
            }
        }
    }

    /**
     * The three strongest effects of a row, in key order: each effect's magnitude bits (ordered
     * like the magnitudes) with the low {@code index bits} replaced by the attribute index. Keys
     * are unique, so their order is total; it differs from the order of the magnitudes only
     * between magnitudes equal to within a relative 2^-(52 - index bits), where the higher index
     * wins.
     * <p>
     * Only the candidates in {@code mask} are ranked: the attributes whose magnitude reaches the
     * key bucket of {@code floor}, and so whose keys exceed every other attribute's. With at least
     * three of them the strongest three are among them; otherwise (or for a row with an effect
     * that is not finite, or an attribute beyond the mask's 64 bits) every attribute is ranked.
     * The floor follows the rows: 90% of the third strongest magnitude after a row with too few
     * candidates, and 1.17% higher after any other, so that a few rows in a hundred are ranked in
     * full and the others rank a handful of candidates instead of every attribute, without a
     * branch per attribute.
     *
     * @return the floor for the next row
     */
    private double strongestThree(double[] effects, long mask, boolean finite, double floor, int[] topFeatures,
                                  double[] topEffects, int base) {
        final long indexMask = keyIndexMask;
        final long magnitudeMask = MAGNITUDE_BITS & ~indexMask;
        boolean full = !finite || features > Long.SIZE || Long.bitCount(mask) < 3;
        long k0 = -1;
        long k1 = -1;
        long k2 = -1;
        long d;
        // each exchange "d = kA - kB; d &= d >> 63; kA -= d; kB += d" leaves the larger key in kA;
        // keys lie in [-1, 2^63), so no difference overflows
        if (full) {
            for (int f = 0; f < features; f++) {
                long carried = (Double.doubleToRawLongBits(effects[f]) & magnitudeMask) | f;
                d = k0 - carried; d &= d >> 63; k0 -= d; carried += d;
                d = k1 - carried; d &= d >> 63; k1 -= d; carried += d;
                d = k2 - carried; d &= d >> 63; k2 -= d;
            }
        } else {
            while (mask != 0) {
                int f = Long.numberOfTrailingZeros(mask);
                mask &= mask - 1;
                long carried = (Double.doubleToRawLongBits(effects[f]) & magnitudeMask) | f;
                d = k0 - carried; d &= d >> 63; k0 -= d; carried += d;
                d = k1 - carried; d &= d >> 63; k1 -= d; carried += d;
                d = k2 - carried; d &= d >> 63; k2 -= d;
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
        double third = f3 < 0 || !finite ? 0 : Math.abs(effects[f3]);
        return full || floor == 0 ? FLOOR_CUT * third : floor * FLOOR_RAISE;
    }

    /** How far the candidate floors fall after a row with too few candidates. */
    private static final double FLOOR_CUT = 0.9;
    /** How far they rise after any other row: about one row in ten has too few. */
    private static final double FLOOR_RAISE = 1.0117;

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
        if (features == width) {
            for (int j = 0; j < width; j++) {
                effects[j] = effectiveCoefficients[j] * x[offset + j] - centredOffsets[j];
            }
            return effects;
        }
        for (int f = 0, j = 0; f < features; f++) {
            double sum = 0;
            for (; j < attributeEnd[f]; j++) {
                sum += effectiveCoefficients[j] * x[offset + j];
            }
            effects[f] = sum - attributeCentre[f];
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
        final double[] beta = effectiveCoefficients;
        final int[] end = attributeEnd;
        // one column per attribute: the plain loop, where the attribute's centre is the column's
        final boolean oneColumnEach = features == width;
        final double[] centre = oneColumnEach ? centredOffsets : attributeCentre;
        double[] effects = new double[features];
        // the candidate floors of each side, adapted from row to row (see threeOfEachSign)
        double[] floors = new double[2];
        for (int i = 0, offset = 0; i < rows; i++, offset += width) {
            final double positiveFloor = floors[0];
            final double negativeFloor = floors[1];
            // z sums the same products in the same order as scoreBatch, so the scores agree to the bit
            double z = folded ? effectiveIntercept : intercept;
            long positives = 0;
            long negatives = 0;
            if (oneColumnEach) {
                for (int j = 0; j < width; j++) {
                    double product = beta[j] * x[offset + j];
                    z += product;
                    double e = product - centre[j];
                    effects[j] = e;
                    positives = (positives << 1) | (Double.doubleToRawLongBits(positiveFloor - e) >>> 63);
                    negatives = (negatives << 1) | (Double.doubleToRawLongBits(e + negativeFloor) >>> 63);
                }
            } else {
                for (int f = 0, j = 0; f < features; f++) {
                    double sum = 0;
                    for (; j < end[f]; j++) {
                        double product = beta[j] * x[offset + j];
                        z += product;
                        sum += product;
                    }
                    double e = sum - centre[f];
                    effects[f] = e;
                    positives = (positives << 1) | (Double.doubleToRawLongBits(positiveFloor - e) >>> 63);
                    negatives = (negatives << 1) | (Double.doubleToRawLongBits(e + negativeFloor) >>> 63);
                }
            }
            probabilities[i] = folded ? LogisticRegression.sigmoid(z) : calibrator.probability(z);
            // an effect is infinite or not a number only if a product is, and then so is z
            boolean finite = Double.isFinite(z);
            if (k == 3 && features <= Long.SIZE) {
                threeOfEachSign(effects, Long.reverse(positives) >>> (Long.SIZE - features),
                        Long.reverse(negatives) >>> (Long.SIZE - features), finite, floors, i * k, out);
            } else if (k == 3) {
                exactTopThreeOfEachSign(effects, i * k, out);
            } else if (k > 0) {
                topOfEachSign(effects, nameOrder, k, i * k, out);
            }
        }
        out.filled(rows, featureNames);
    }

    /**
     * Bit {@code f} set when attribute {@code f}'s effect has the given sign and a magnitude
     * above {@code floor}.
     */
    private long signMask(double[] effects, double floor, int sign) {
        long mask = 0;
        for (int f = features - 1; f >= 0; f--) {
            double e = effects[f];
            mask = (mask << 1) | (Double.doubleToRawLongBits(sign > 0 ? floor - e : e + floor) >>> 63);
        }
        return mask;
    }

    /**
     * The three largest positive and three largest negative effects of a row, as
     * {@link #exactTopThreeOfEachSign} finds them.
     * <p>
     * Only the candidates in each side's mask are ranked: the effects of that sign beyond the
     * side's floor (as a magnitude), which exceed every other effect of that sign. With at least
     * three candidates a side's strongest three are among them; otherwise that side is ranked
     * over all its effects. The floors follow the rows as in {@link #strongestThree}.
     * <p>
     * Candidates are ranked by an {@code int} key without branches: the high 31 bits of the
     * effect's magnitude (its exponent and 20 bits of its fraction) with the low {@code index
     * bits} replaced by the attribute index, carried down four slots by {@code Math.max} and
     * {@code Math.min}, which compile to conditional moves. Keys order like the magnitudes
     * except within a bucket (magnitudes equal to within a relative 2^-(20 - index bits)), where
     * they order by index. When two neighbouring slots share a bucket, the row is redone
     * exactly, so the factors are always those of {@code predict} and ties go by name; the
     * fourth slot is there only for that check. A row with an effect that is not finite is
     * redone exactly too.
     */
    private void threeOfEachSign(double[] effects, long positives, long negatives, boolean finite, double[] floors,
                                 int base, BatchExplanations out) {
        if (!finite) {
            exactTopThreeOfEachSign(effects, base, out);
            floors[0] = 0;
            floors[1] = 0;
            return;
        }
        final double positiveFloor = floors[0];
        final double negativeFloor = floors[1];
        boolean positiveShort = positiveFloor > 0 && Long.bitCount(positives) < 3;
        boolean negativeShort = negativeFloor > 0 && Long.bitCount(negatives) < 3;
        if (positiveShort) {
            positives = signMask(effects, 0, 1);
        }
        if (negativeShort) {
            negatives = signMask(effects, 0, -1);
        }
        final int indexMask = (int) keyIndexMask;
        final int bucketMask = ~indexMask;
        // keys are at least 0, so -1 marks an empty slot; "hi = max(slot, carried); carried =
        // min(slot, carried); slot = hi" leaves the larger key in the slot and carries the other on
        int p1 = -1;
        int p2 = -1;
        int p3 = -1;
        int p4 = -1;
        int hi;
        while (positives != 0) {
            int f = Long.numberOfTrailingZeros(positives);
            positives &= positives - 1;
            int carried = ((int) (Double.doubleToRawLongBits(effects[f]) >>> 32) & bucketMask) | f;
            hi = Math.max(p1, carried); carried = Math.min(p1, carried); p1 = hi;
            hi = Math.max(p2, carried); carried = Math.min(p2, carried); p2 = hi;
            hi = Math.max(p3, carried); carried = Math.min(p3, carried); p3 = hi;
            p4 = Math.max(p4, carried);
        }
        int n1 = -1;
        int n2 = -1;
        int n3 = -1;
        int n4 = -1;
        while (negatives != 0) {
            int f = Long.numberOfTrailingZeros(negatives);
            negatives &= negatives - 1;
            int carried = ((int) (Double.doubleToRawLongBits(effects[f]) >>> 32) & MAGNITUDE_TOP & bucketMask) | f;
            hi = Math.max(n1, carried); carried = Math.min(n1, carried); n1 = hi;
            hi = Math.max(n2, carried); carried = Math.min(n2, carried); n2 = hi;
            hi = Math.max(n3, carried); carried = Math.min(n3, carried); n3 = hi;
            n4 = Math.max(n4, carried);
        }
        final int[] positiveFeatures = out.positiveFeatureArray();
        final double[] positiveEffects = out.positiveEffectArray();
        final int[] negativeFeatures = out.negativeFeatureArray();
        final double[] negativeEffects = out.negativeEffectArray();
        if (sameBucket(p1, p2, bucketMask) || sameBucket(p2, p3, bucketMask) || sameBucket(p3, p4, bucketMask)
                || sameBucket(n1, n2, bucketMask) || sameBucket(n2, n3, bucketMask)
                || sameBucket(n3, n4, bucketMask)) {
            exactTopThreeOfEachSign(effects, base, out);
        } else {
            fill(effects, p1, indexMask, base, positiveFeatures, positiveEffects);
            fill(effects, p2, indexMask, base + 1, positiveFeatures, positiveEffects);
            fill(effects, p3, indexMask, base + 2, positiveFeatures, positiveEffects);
            fill(effects, n1, indexMask, base, negativeFeatures, negativeEffects);
            fill(effects, n2, indexMask, base + 1, negativeFeatures, negativeEffects);
            fill(effects, n3, indexMask, base + 2, negativeFeatures, negativeEffects);
        }
        // Math.abs: an empty negative slot holds 0, and a floor of -0 would let effects of -0 in
        floors[0] = positiveShort || positiveFloor == 0 ? FLOOR_CUT * positiveEffects[base + 2]
                : positiveFloor * FLOOR_RAISE;
        floors[1] = negativeShort || negativeFloor == 0 ? FLOOR_CUT * Math.abs(negativeEffects[base + 2])
                : negativeFloor * FLOOR_RAISE;
    }

    /** Whether the lower slot is filled and in the higher one's bucket. */
    private static boolean sameBucket(int higher, int lower, int bucketMask) {
        return lower >= 0 && ((higher ^ lower) & bucketMask) == 0;
    }

    private static void fill(double[] effects, int key, int indexMask, int slot, int[] features, double[] values) {
        int f = key < 0 ? -1 : key & indexMask;
        features[slot] = f;
        values[slot] = f < 0 ? 0 : effects[f];
    }

    /**
     * One pass keeping the three largest positive and three largest negative effects in
     * locals, comparing the effects themselves. An empty slot holds 0, so an effect must be
     * strictly positive (negative) to enter at all; an exact tie goes to the attribute whose
     * name sorts first, as in {@link org.smartbizflow.crm.scoring.ScoreExplanation}.
     */
    private void exactTopThreeOfEachSign(double[] effects, int base, BatchExplanations out) {
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
        final int[] positiveFeatures = out.positiveFeatureArray();
        final double[] positiveEffects = out.positiveEffectArray();
        final int[] negativeFeatures = out.negativeFeatureArray();
        final double[] negativeEffects = out.negativeEffectArray();
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
    private static void topOfEachSign(double[] effects, int[] order, int k, int base, BatchExplanations out) {
        final int[] positiveFeatures = out.positiveFeatureArray();
        final double[] positiveEffects = out.positiveEffectArray();
        final int[] negativeFeatures = out.negativeFeatureArray();
        final double[] negativeEffects = out.negativeEffectArray();
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
