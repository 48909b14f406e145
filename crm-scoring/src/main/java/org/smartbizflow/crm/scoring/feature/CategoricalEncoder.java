package org.smartbizflow.crm.scoring.feature;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * One-hot encodes the levels seen often enough in training; every other level (rare,
 * unseen, or missing when missing was rare) lands in a final "other" column, so a new value
 * at scoring time never breaks the model.
 *
 * @param name   the attribute
 * @param levels the levels with their own column, in column order
 */
public record CategoricalEncoder(String name, List<String> levels) implements ColumnEncoder {

    /** The level a missing value is counted as. */
    public static final String MISSING = "(missing)";
    /** The name of the bucket column. */
    public static final String OTHER = "(other)";

    public CategoricalEncoder {
        Preconditions.notBlank(name, "name");
        Preconditions.notNull(levels, "levels");
        levels = List.copyOf(levels);
    }

    static CategoricalEncoder fit(String name, List<?> values, PipelineOptions options) {
        Map<String, Integer> counts = new HashMap<>();
        for (Object value : values) {
            counts.merge(levelOf(value), 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> frequent = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (entry.getValue() >= options.minCategoryFrequency()) {
                frequent.add(entry);
            }
        }
        frequent.sort(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())));
        List<String> levels = new ArrayList<>();
        for (int i = 0; i < frequent.size() && i < options.maxCategoryLevels(); i++) {
            levels.add(frequent.get(i).getKey());
        }
        return new CategoricalEncoder(name, levels);
    }

    /** The level a raw value belongs to before bucketing. */
    public static String levelOf(Object value) {
        return FeatureSpec.isMissing(value) ? MISSING : value.toString().strip();
    }

    @Override
    public List<String> columnNames() {
        List<String> names = new ArrayList<>(levels.size() + 1);
        for (String level : levels) {
            names.add(name + "=" + level);
        }
        names.add(name + "=" + OTHER);
        return names;
    }

    @Override
    public void encode(Object value, double[] out, int offset) {
        int width = levels.size() + 1;
        for (int i = 0; i < width; i++) {
            out[offset + i] = 0;
        }
        int index = levels.indexOf(levelOf(value));
        out[offset + (index < 0 ? levels.size() : index)] = 1;
    }
}
