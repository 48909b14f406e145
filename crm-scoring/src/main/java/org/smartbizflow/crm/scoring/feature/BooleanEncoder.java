package org.smartbizflow.crm.scoring.feature;

import java.util.List;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * Encodes yes/no as 1/0; a missing value becomes the training rate of "yes", the neutral
 * guess for a linear model.
 *
 * @param name     the attribute
 * @param fillRate the training share of true values
 */
public record BooleanEncoder(String name, double fillRate) implements ColumnEncoder {

    public BooleanEncoder {
        Preconditions.notBlank(name, "name");
        Preconditions.check(fillRate >= 0 && fillRate <= 1, "fillRate", "must be between 0 and 1");
    }

    static BooleanEncoder fit(String name, List<?> values) {
        int trues = 0;
        int n = 0;
        for (Object value : values) {
            Boolean b = FeatureSpec.parseBoolean(value);
            if (b != null) {
                n++;
                trues += b ? 1 : 0;
            }
        }
        return new BooleanEncoder(name, n == 0 ? 0 : (double) trues / n);
    }

    @Override
    public List<String> columnNames() {
        return List.of(name);
    }

    @Override
    public void encode(Object value, double[] out, int offset) {
        Boolean b = FeatureSpec.parseBoolean(value);
        out[offset] = b == null ? fillRate : b ? 1 : 0;
    }
}
