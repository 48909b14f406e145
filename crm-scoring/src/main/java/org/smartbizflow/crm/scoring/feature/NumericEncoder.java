package org.smartbizflow.crm.scoring.feature;

import java.util.List;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * Standardises a number with the training mean and standard deviation; a missing value
 * becomes the mean, and when training saw missing values an indicator column records it so
 * "not known" can carry its own weight.
 *
 * @param name             the attribute
 * @param mean             training mean
 * @param standardDeviation training standard deviation (1 when constant)
 * @param missingIndicator whether a missing-value column is written
 */
public record NumericEncoder(String name, double mean, double standardDeviation, boolean missingIndicator)
        implements ColumnEncoder {

    public NumericEncoder {
        Preconditions.notBlank(name, "name");
        Preconditions.check(Double.isFinite(mean), "mean", "must be finite");
        Preconditions.check(standardDeviation > 0 && Double.isFinite(standardDeviation), "standardDeviation",
                "must be positive");
    }

    static NumericEncoder fit(String name, List<?> values) {
        double sum = 0;
        double sumSquares = 0;
        int n = 0;
        boolean missing = false;
        for (Object value : values) {
            Double d = FeatureSpec.parseNumber(value);
            if (d == null) {
                missing = true;
            } else {
                sum += d;
                sumSquares += d * d;
                n++;
            }
        }
        double mean = n == 0 ? 0 : sum / n;
        double variance = n < 2 ? 0 : Math.max(0, (sumSquares - n * mean * mean) / (n - 1));
        double sd = variance > 1e-24 ? Math.sqrt(variance) : 1;
        return new NumericEncoder(name, mean, sd, missing);
    }

    @Override
    public List<String> columnNames() {
        return missingIndicator ? List.of(name, name + " missing") : List.of(name);
    }

    @Override
    public void encode(Object value, double[] out, int offset) {
        Double d = FeatureSpec.parseNumber(value);
        out[offset] = d == null ? 0 : (d - mean) / standardDeviation;
        if (missingIndicator) {
            out[offset + 1] = d == null ? 1 : 0;
        }
    }
}
