package org.smartbizflow.crm.lead;

import java.util.Locale;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * A condition on one custom field, compared by the field's type: numbers as numbers, dates as
 * dates. A lead without the field, or with a value of another type, never matches.
 *
 * @param key        the custom field's key
 * @param comparison how to compare
 * @param value      the value for {@link Comparison#EQUALS} and {@link Comparison#CONTAINS};
 *                   the lower bound (inclusive, or null for none) for {@link Comparison#RANGE}
 * @param upper      the upper bound (inclusive, or null for none) for {@link Comparison#RANGE};
 *                   null otherwise
 */
public record CustomFieldCriterion(String key, Comparison comparison, CustomValue value, CustomValue upper) {

    /** The comparisons a custom field filter can make. */
    public enum Comparison {
        /** The field equals the value (text exactly, case included). */
        EQUALS,
        /** The number or date lies between the bounds, both inclusive; either may be open. */
        RANGE,
        /** The text field contains the text, ignoring case. */
        CONTAINS
    }

    public CustomFieldCriterion {
        CustomFields.checkKey(key);
        Preconditions.notNull(comparison, "comparison");
        String field = "customFields." + key;
        switch (comparison) {
            case EQUALS:
                Preconditions.notNull(value, field);
                Preconditions.check(upper == null, field, "an equality has no upper bound");
                break;
            case CONTAINS:
                Preconditions.check(value instanceof CustomValue.Text, field, "contains needs a text value");
                Preconditions.check(upper == null, field, "contains has no upper bound");
                break;
            default:
                Preconditions.check(value != null || upper != null, field, "a range needs at least one bound");
                CustomValue.Type type = (value != null ? value : upper).type();
                Preconditions.check(type == CustomValue.Type.NUMBER || type == CustomValue.Type.DATE, field,
                        "a range compares numbers or dates, not " + type);
                Preconditions.check(value == null || upper == null || value.type() == upper.type(), field,
                        "both bounds must have the same type");
                Preconditions.check(value == null || upper == null || compare(value, upper) <= 0, field,
                        "the lower bound must not exceed the upper bound");
                break;
        }
    }

    public static CustomFieldCriterion equalTo(String key, CustomValue value) {
        return new CustomFieldCriterion(key, Comparison.EQUALS, value, null);
    }

    /** Between two bounds, both inclusive; pass null for an open end. */
    public static CustomFieldCriterion between(String key, CustomValue min, CustomValue max) {
        return new CustomFieldCriterion(key, Comparison.RANGE, min, max);
    }

    public static CustomFieldCriterion contains(String key, String text) {
        return new CustomFieldCriterion(key, Comparison.CONTAINS, CustomValue.text(text), null);
    }

    /** The type of the values this criterion compares with. */
    public CustomValue.Type type() {
        return (value != null ? value : upper).type();
    }

    /** Does the lead's value satisfy the criterion? The in-memory reference for the adapters. */
    public boolean matches(CustomFields fields) {
        CustomValue actual = fields.get(key).orElse(null);
        if (actual == null || actual.type() != type()) {
            return false;
        }
        switch (comparison) {
            case EQUALS:
                return actual.equals(value);
            case CONTAINS:
                return actual.asText().toLowerCase(Locale.ROOT)
                        .contains(value.asText().toLowerCase(Locale.ROOT));
            default:
                return (value == null || compare(actual, value) >= 0) && (upper == null || compare(actual, upper) <= 0);
        }
    }

    private static int compare(CustomValue a, CustomValue b) {
        if (a instanceof CustomValue.Number x && b instanceof CustomValue.Number y) {
            return x.value().compareTo(y.value());
        }
        if (a instanceof CustomValue.Date x && b instanceof CustomValue.Date y) {
            return x.value().compareTo(y.value());
        }
        throw new IllegalArgumentException("not comparable: " + a + ", " + b);
    }
}
