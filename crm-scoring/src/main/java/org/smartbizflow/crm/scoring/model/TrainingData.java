package org.smartbizflow.crm.scoring.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.smartbizflow.crm.scoring.feature.FeatureSpec;
import org.smartbizflow.crm.scoring.table.CsvTable;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Labelled examples to train or evaluate on: raw records, their known outcomes, and which
 * attributes to use. Built from domain records by the adapters or from any CSV with
 * {@link #fromTable}.
 *
 * @param specs         the attributes to use and how to encode them
 * @param rows          the raw records
 * @param outcomes      the known outcome of each record, true for the positive class
 * @param target        the name of the outcome, for reports and saved models
 * @param positiveLabel the value that counts as positive, for reports and saved models
 */
public record TrainingData(List<FeatureSpec> specs, List<Map<String, ?>> rows, boolean[] outcomes, String target,
                           String positiveLabel) {

    public TrainingData {
        Preconditions.notNull(specs, "specs");
        Preconditions.notNull(rows, "rows");
        Preconditions.notNull(outcomes, "outcomes");
        Preconditions.notBlank(target, "target");
        Preconditions.notBlank(positiveLabel, "positiveLabel");
        Preconditions.check(rows.size() == outcomes.length, "outcomes", "needs one outcome per row");
        specs = List.copyOf(specs);
        rows = List.copyOf(rows);
        outcomes = outcomes.clone();
    }

    @Override
    public boolean[] outcomes() {
        return outcomes.clone();
    }

    public int size() {
        return outcomes.length;
    }

    public int positives() {
        int count = 0;
        for (boolean b : outcomes) {
            count += b ? 1 : 0;
        }
        return count;
    }

    public int negatives() {
        return outcomes.length - positives();
    }

    /** The rows at the given indexes, in that order. */
    public TrainingData subset(int[] indexes) {
        List<Map<String, ?>> picked = new ArrayList<>(indexes.length);
        boolean[] labels = new boolean[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            picked.add(rows.get(indexes[i]));
            labels[i] = outcomes[indexes[i]];
        }
        return new TrainingData(specs, picked, labels, target, positiveLabel);
    }

    /**
     * Labelled data from a CSV table. Every column except the target and the excluded ones
     * becomes a feature, its kind inferred from the cells.
     *
     * @param positiveValue the target value that counts as positive; null to infer it when
     *                      the target has two values (yes/true/1 if present, else the rarer one)
     * @throws ValidationException when the target column is missing, a row has no target
     *         value, or the positive value cannot be determined
     */
    public static TrainingData fromTable(CsvTable table, String target, String positiveValue,
                                         Collection<String> exclude) {
        Preconditions.notNull(table, "table");
        Preconditions.notBlank(target, "target");
        if (!table.columns().contains(target)) {
            throw new ValidationException("target", "no column named '" + target + "'; the columns are "
                    + table.columns());
        }
        for (String column : exclude) {
            if (!table.columns().contains(column)) {
                throw new ValidationException("exclude", "no column named '" + column + "'");
            }
        }
        int targetIndex = table.indexOf(target);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < table.size(); i++) {
            String value = table.rows().get(i)[targetIndex];
            if (FeatureSpec.isMissing(value)) {
                throw new ValidationException("target", "data row " + (i + 1) + " has no value in column '"
                        + target + "'");
            }
            counts.merge(value, 1, Integer::sum);
        }
        String positive = positiveValue != null ? positiveValue : inferPositive(counts, target);
        if (!counts.containsKey(positive)) {
            throw new ValidationException("positive", "value '" + positive + "' never occurs in column '" + target
                    + "'; its values are " + counts.keySet());
        }
        Set<String> excluded = new HashSet<>(exclude);
        excluded.add(target);
        List<FeatureSpec> specs = FeatureSpec.infer(table, excluded);
        List<Map<String, ?>> rows = new ArrayList<>(table.size());
        boolean[] outcomes = new boolean[table.size()];
        for (int i = 0; i < table.size(); i++) {
            rows.add(table.row(i));
            outcomes[i] = table.rows().get(i)[targetIndex].equals(positive);
        }
        return new TrainingData(specs, rows, outcomes, target, positive);
    }

    private static String inferPositive(Map<String, Integer> counts, String target) {
        if (counts.size() != 2) {
            throw new ValidationException("positive", "column '" + target + "' has " + counts.size()
                    + " distinct values " + (counts.size() <= 10 ? counts.keySet() : "") + "; name the positive one");
        }
        for (String value : counts.keySet()) {
            String lower = value.toLowerCase(Locale.ROOT);
            if (lower.equals("yes") || lower.equals("true") || lower.equals("1") || lower.equals("y")) {
                return value;
            }
        }
        String rarer = null;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (rarer == null || entry.getValue() < counts.get(rarer)) {
                rarer = entry.getKey();
            }
        }
        return rarer;
    }
}
