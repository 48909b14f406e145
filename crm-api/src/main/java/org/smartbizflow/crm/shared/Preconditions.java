package org.smartbizflow.crm.shared;

import java.util.Objects;

/**
 * The one place value objects and aggregates check their invariants. Every failure is a
 * {@link ValidationException} naming the field, so a host can show it next to the input.
 */
public final class Preconditions {

    private Preconditions() {
    }

    public static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new ValidationException(field, "must not be null");
        }
        return value;
    }

    /** Returns the value stripped of surrounding white space; refuses null and blank. */
    public static String notBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "must not be blank");
        }
        return value.strip();
    }

    /** Returns the stripped value, or null for null or blank input. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static String maxLength(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new ValidationException(field, "must be at most " + max + " characters long");
        }
        return value;
    }

    public static void check(boolean condition, String field, String problem) {
        if (!condition) {
            throw new ValidationException(field, Objects.requireNonNull(problem));
        }
    }
}
