package org.smartbizflow.crm.lead.assignment;

import java.util.Locale;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * A criterion of an assignment rule on one of the lead's typed custom fields: equal to a value,
 * or for numbers and dates a comparison. A lead without the field, or with a value of another
 * type, does not match, so the outcome depends only on the lead's own data.
 *
 * @param key      the custom field key
 * @param operator how the lead's value is compared
 * @param value    the value compared with; its type is the type the field must have
 */
public record CustomCondition(String key, Operator operator, CustomValue value) {

    /** How a custom field is compared. Ordering operators need a number or a date. */
    public enum Operator {
        EQUALS, LESS_THAN, AT_MOST, AT_LEAST, GREATER_THAN;

        boolean orders() {
            return this != EQUALS;
        }
    }

    public CustomCondition {
        key = CustomFields.checkKey(Preconditions.notNull(key, "custom.key"));
        Preconditions.notNull(operator, "custom." + key + ".operator");
        Preconditions.notNull(value, "custom." + key + ".value");
        Preconditions.check(!operator.orders() || value.type() == CustomValue.Type.NUMBER
                        || value.type() == CustomValue.Type.DATE, "custom." + key + ".operator",
                operator + " compares numbers and dates only, not " + value.type());
    }

    public static CustomCondition equals(String key, CustomValue value) {
        return new CustomCondition(key, Operator.EQUALS, value);
    }

    public static CustomCondition of(String key, Operator operator, CustomValue value) {
        return new CustomCondition(key, operator, value);
    }

    /** Does the lead's custom field satisfy the condition? Text compares ignoring case. */
    public boolean matches(CustomFields fields) {
        CustomValue actual = fields == null ? null : fields.get(key).orElse(null);
        if (actual == null || actual.type() != value.type()) {
            return false;
        }
        int order;
        if (actual instanceof CustomValue.Number number) {
            order = number.value().compareTo(((CustomValue.Number) value).value());
        } else if (actual instanceof CustomValue.Date date) {
            order = date.value().compareTo(((CustomValue.Date) value).value());
        } else if (actual instanceof CustomValue.Text text) {
            return operator == Operator.EQUALS && text.value().toLowerCase(Locale.ROOT)
                    .equals(((CustomValue.Text) value).value().toLowerCase(Locale.ROOT));
        } else {
            return operator == Operator.EQUALS && actual.equals(value);
        }
        return switch (operator) {
            case EQUALS -> order == 0;
            case LESS_THAN -> order < 0;
            case AT_MOST -> order <= 0;
            case AT_LEAST -> order >= 0;
            case GREATER_THAN -> order > 0;
        };
    }

    @Override
    public String toString() {
        return "custom." + key + " " + operator + " " + value.asText();
    }
}
