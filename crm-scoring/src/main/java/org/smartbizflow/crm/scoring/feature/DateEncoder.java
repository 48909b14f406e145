package org.smartbizflow.crm.scoring.feature;

import java.time.LocalDate;
import java.util.List;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * Encodes a date as its age in days before a fixed reference date (the latest date seen in
 * training, so scoring never depends on when it runs), standardised, plus its day of week
 * one-hot. A missing date gets the mean age and no day.
 *
 * @param name             the attribute
 * @param referenceEpochDay the reference date as epoch day
 * @param ageMean          training mean age in days
 * @param ageDeviation     training standard deviation of the age (1 when constant)
 */
public record DateEncoder(String name, long referenceEpochDay, double ageMean, double ageDeviation)
        implements ColumnEncoder {

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    public DateEncoder {
        Preconditions.notBlank(name, "name");
        Preconditions.check(ageDeviation > 0 && Double.isFinite(ageDeviation), "ageDeviation", "must be positive");
    }

    static DateEncoder fit(String name, List<?> values) {
        long reference = Long.MIN_VALUE;
        for (Object value : values) {
            LocalDate d = FeatureSpec.parseDate(value);
            if (d != null) {
                reference = Math.max(reference, d.toEpochDay());
            }
        }
        if (reference == Long.MIN_VALUE) {
            return new DateEncoder(name, 0, 0, 1);
        }
        double sum = 0;
        double sumSquares = 0;
        int n = 0;
        for (Object value : values) {
            LocalDate d = FeatureSpec.parseDate(value);
            if (d != null) {
                double age = reference - d.toEpochDay();
                sum += age;
                sumSquares += age * age;
                n++;
            }
        }
        double mean = sum / n;
        double variance = n < 2 ? 0 : Math.max(0, (sumSquares - n * mean * mean) / (n - 1));
        return new DateEncoder(name, reference, mean, variance > 1e-24 ? Math.sqrt(variance) : 1);
    }

    @Override
    public List<String> columnNames() {
        return List.of(name + " age days", name + " " + DAYS[0], name + " " + DAYS[1], name + " " + DAYS[2],
                name + " " + DAYS[3], name + " " + DAYS[4], name + " " + DAYS[5], name + " " + DAYS[6]);
    }

    @Override
    public void encode(Object value, double[] out, int offset) {
        for (int i = 0; i < 8; i++) {
            out[offset + i] = 0;
        }
        LocalDate d = FeatureSpec.parseDate(value);
        if (d != null) {
            out[offset] = (referenceEpochDay - d.toEpochDay() - ageMean) / ageDeviation;
            out[offset + d.getDayOfWeek().getValue()] = 1;
        }
    }
}
