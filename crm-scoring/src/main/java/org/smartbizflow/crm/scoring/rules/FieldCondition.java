package org.smartbizflow.crm.scoring.rules;

import java.util.List;
import java.util.Locale;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * A test on one profile attribute's text. Text comparisons ignore case and surrounding
 * space, because CRM data is typed by people.
 */
public sealed interface FieldCondition {

    /** Whether the attribute value (never null; absent attributes do not match) satisfies it. */
    boolean matches(String value);

    /** The value is one of a list, e.g. industry in [Software, Finance]. */
    record OneOf(List<String> values) implements FieldCondition {
        public OneOf {
            Preconditions.check(values != null && !values.isEmpty(), "in", "needs at least one value");
            values = values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).toList();
        }

        @Override
        public boolean matches(String value) {
            return values.contains(value.strip().toLowerCase(Locale.ROOT));
        }
    }

    /** The value equals one text, e.g. country = GB. */
    record EqualTo(String expected) implements FieldCondition {
        public EqualTo {
            expected = Preconditions.notBlank(expected, "equals").toLowerCase(Locale.ROOT);
        }

        @Override
        public boolean matches(String value) {
            return value.strip().toLowerCase(Locale.ROOT).equals(expected);
        }
    }

    /** The value is a number in a closed range, e.g. employees between 50 and 1000. */
    record Between(double min, double max) implements FieldCondition {
        public Between {
            Preconditions.check(Double.isFinite(min) && Double.isFinite(max) && min <= max, "between",
                    "needs two finite numbers, the first not above the second");
        }

        @Override
        public boolean matches(String value) {
            try {
                double d = Double.parseDouble(value.strip().replace("_", ""));
                return d >= min && d <= max;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }

    /** The value contains any of some texts, e.g. title contains [VP, Director]. */
    record ContainsAny(List<String> fragments) implements FieldCondition {
        public ContainsAny {
            Preconditions.check(fragments != null && !fragments.isEmpty(), "contains", "needs at least one text");
            fragments = fragments.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).toList();
        }

        @Override
        public boolean matches(String value) {
            String lower = value.toLowerCase(Locale.ROOT);
            for (String fragment : fragments) {
                if (lower.contains(fragment)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The attribute is present at all, e.g. a phone number was given. */
    record Present() implements FieldCondition {
        @Override
        public boolean matches(String value) {
            return true;
        }
    }
}
