package org.smartbizflow.crm.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The typed value of a custom field: text, number, date or boolean. The type is part of the
 * value, so a filter compares numbers as numbers and dates as dates, never as strings.
 */
public sealed interface CustomValue {

    /** The type of a custom value, also the type a filter on a custom field expects. */
    enum Type { TEXT, NUMBER, DATE, BOOLEAN }

    Type type();

    /** The value written as text: the canonical form {@link #parse} reads back. */
    String asText();

    static CustomValue text(String value) {
        return new Text(value);
    }

    static CustomValue number(BigDecimal value) {
        return new Number(value);
    }

    static CustomValue number(String value) {
        return parse(Type.NUMBER, value, "value");
    }

    static CustomValue date(LocalDate value) {
        return new Date(value);
    }

    static CustomValue bool(boolean value) {
        return new Bool(value);
    }

    /**
     * Reads a value of the given type from its text form (numbers as plain decimals, dates as
     * ISO {@code yyyy-MM-dd}, booleans as {@code true}/{@code false}).
     *
     * @param field the name reported in the error when the text does not fit the type
     */
    static CustomValue parse(Type type, String text, String field) {
        Preconditions.notNull(type, field + ".type");
        Preconditions.notNull(text, field);
        switch (type) {
            case TEXT:
                return new Text(text);
            case NUMBER:
                try {
                    return new Number(new BigDecimal(text.trim()));
                } catch (NumberFormatException e) {
                    throw new ValidationException(field, "is not a number: " + text);
                }
            case DATE:
                try {
                    return new Date(LocalDate.parse(text.trim()));
                } catch (DateTimeParseException e) {
                    throw new ValidationException(field, "is not an ISO date (yyyy-MM-dd): " + text);
                }
            case BOOLEAN:
                String b = text.trim().toLowerCase(java.util.Locale.ROOT);
                if (b.equals("true") || b.equals("false")) {
                    return new Bool(Boolean.parseBoolean(b));
                }
                throw new ValidationException(field, "is not true or false: " + text);
            default:
                throw new IllegalStateException("unknown type " + type);
        }
    }

    /** Text, at most 1000 characters. */
    record Text(String value) implements CustomValue {
        public Text {
            Preconditions.notNull(value, "value");
            Preconditions.maxLength(value, 1000, "value");
        }

        @Override
        public Type type() {
            return Type.TEXT;
        }

        @Override
        public String asText() {
            return value;
        }
    }

    /** An exact decimal number; trailing zeros are stripped so 1.50 and 1.5 are equal. */
    record Number(BigDecimal value) implements CustomValue {
        public Number {
            Preconditions.notNull(value, "value");
            value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        }

        @Override
        public Type type() {
            return Type.NUMBER;
        }

        @Override
        public String asText() {
            return value.toPlainString();
        }
    }

    /** A calendar date without time or zone. */
    record Date(LocalDate value) implements CustomValue {
        public Date {
            Preconditions.notNull(value, "value");
        }

        @Override
        public Type type() {
            return Type.DATE;
        }

        @Override
        public String asText() {
            return value.toString();
        }
    }

    /** A yes/no value. */
    record Bool(boolean value) implements CustomValue {
        @Override
        public Type type() {
            return Type.BOOLEAN;
        }

        @Override
        public String asText() {
            return Boolean.toString(value);
        }
    }
}
