package org.smartbizflow.crm.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * Named attribute values of one record (an account, a lead, a CSV row) as a predictive model
 * takes them. Values may be {@link String}, {@link Number}, {@link Boolean},
 * {@link java.time.LocalDate} or {@link java.time.Instant}; an absent name or a null value is a
 * missing value, which models handle rather than refuse.
 *
 * @param values the values by attribute name
 */
public record FeatureValues(Map<String, Object> values) {

    public FeatureValues {
        Preconditions.notNull(values, "values");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static FeatureValues of(Map<String, ?> values) {
        return new FeatureValues(new LinkedHashMap<>(values));
    }

    /** The value, or null when missing. */
    public Object get(String name) {
        return values.get(name);
    }
}
