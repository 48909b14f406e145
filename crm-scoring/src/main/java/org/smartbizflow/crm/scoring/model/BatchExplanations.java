package org.smartbizflow.crm.scoring.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.smartbizflow.crm.scoring.Factor;
import org.smartbizflow.crm.scoring.ScoreExplanation;
import org.smartbizflow.crm.scoring.feature.CategoricalEncoder;
import org.smartbizflow.crm.scoring.feature.FeatureSpec;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * A reusable buffer for {@link ScoringModel#explainBatch(double[], int, BatchExplanations)}:
 * per row the calibrated probability and the {@code k} strongest positive and {@code k}
 * strongest negative attribute effects on the log-odds, held in flat primitive arrays so
 * explaining a million rows allocates nothing per row. Readable {@link Factor}s are built only
 * when a caller asks for one row's {@link #explanation(int, Map)}.
 *
 * <p>Slot {@code t} of a row holds its {@code t}-th strongest effect of that sign (ties go to
 * the attribute whose name sorts first, as in {@link ScoreExplanation}); unused slots hold
 * attribute -1 and effect 0. Attributes whose effect is exactly zero are never listed.
 *
 * <p>Mutable and not thread-safe: give each thread its own buffer.
 */
public final class BatchExplanations {

    private final int capacity;
    private final int k;
    private final double[] probabilities;
    private final int[] positiveFeatures;
    private final double[] positiveEffects;
    private final int[] negativeFeatures;
    private final double[] negativeEffects;
    private int rows;
    private List<String> featureNames = List.of();

    /**
     * A buffer for up to {@code capacity} rows with {@code k} effects of each sign per row.
     */
    public BatchExplanations(int capacity, int k) {
        Preconditions.check(capacity >= 0, "capacity", "must not be negative");
        Preconditions.check(k >= 0, "k", "must not be negative");
        Preconditions.check((long) capacity * k <= Integer.MAX_VALUE, "capacity", "times k must fit in an array");
        this.capacity = capacity;
        this.k = k;
        this.probabilities = new double[capacity];
        this.positiveFeatures = new int[capacity * k];
        this.positiveEffects = new double[capacity * k];
        this.negativeFeatures = new int[capacity * k];
        this.negativeEffects = new double[capacity * k];
    }

    /** The most rows this buffer can hold. */
    public int capacity() {
        return capacity;
    }

    /** How many effects of each sign a row keeps. */
    public int k() {
        return k;
    }

    /** How many rows the last {@code explainBatch} call filled. */
    public int rows() {
        return rows;
    }

    /** Row {@code row}'s calibrated probability. */
    public double probability(int row) {
        checkRow(row);
        return probabilities[row];
    }

    /**
     * The attribute (an index into the model's {@code featureNames()}) with row {@code row}'s
     * {@code rank}-th strongest positive effect, or -1 when the row has fewer positive effects.
     */
    public int positiveFeature(int row, int rank) {
        return positiveFeatures[slot(row, rank)];
    }

    /** The effect matching {@link #positiveFeature(int, int)}, or 0 for an unused slot. */
    public double positiveEffect(int row, int rank) {
        return positiveEffects[slot(row, rank)];
    }

    /**
     * The attribute with row {@code row}'s {@code rank}-th strongest negative effect, or -1
     * when the row has fewer negative effects.
     */
    public int negativeFeature(int row, int rank) {
        return negativeFeatures[slot(row, rank)];
    }

    /** The effect matching {@link #negativeFeature(int, int)}, or 0 for an unused slot. */
    public double negativeEffect(int row, int rank) {
        return negativeEffects[slot(row, rank)];
    }

    /**
     * Row {@code row}'s factors as readable values, built now. Encoded rows do not carry the
     * raw values, so pass the row's raw record to name them, or {@code null} to leave each
     * factor's value empty.
     */
    public ScoreExplanation explanation(int row, Map<String, ?> record) {
        checkRow(row);
        List<Factor> factors = new ArrayList<>(2 * k);
        int base = row * k;
        for (int t = 0; t < k; t++) {
            addFactor(factors, positiveFeatures[base + t], positiveEffects[base + t], record);
            addFactor(factors, negativeFeatures[base + t], negativeEffects[base + t], record);
        }
        return new ScoreExplanation(factors);
    }

    private void addFactor(List<Factor> factors, int feature, double effect, Map<String, ?> record) {
        if (feature < 0) {
            return;
        }
        String name = featureNames.get(feature);
        String value = "";
        if (record != null) {
            Object raw = record.get(name);
            value = FeatureSpec.isMissing(raw) ? CategoricalEncoder.MISSING : raw.toString().strip();
        }
        factors.add(new Factor(name, value, effect, Factor.Unit.LOG_ODDS));
    }

    private int slot(int row, int rank) {
        checkRow(row);
        Preconditions.check(rank >= 0 && rank < k, "rank", "must be between 0 and k - 1 (" + (k - 1) + ")");
        return row * k + rank;
    }

    private void checkRow(int row) {
        Preconditions.check(row >= 0 && row < rows, "row", "must be below the rows filled (" + rows + ")");
    }

    double[] probabilityArray() {
        return probabilities;
    }

    int[] positiveFeatureArray() {
        return positiveFeatures;
    }

    double[] positiveEffectArray() {
        return positiveEffects;
    }

    int[] negativeFeatureArray() {
        return negativeFeatures;
    }

    double[] negativeEffectArray() {
        return negativeEffects;
    }

    void filled(int rows, List<String> featureNames) {
        this.rows = rows;
        this.featureNames = featureNames;
    }
}
