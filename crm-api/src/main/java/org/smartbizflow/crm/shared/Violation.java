package org.smartbizflow.crm.shared;

import java.util.Objects;

/**
 * One problem with one input field: which field (a property path such as {@code email} or
 * {@code address.country}) and what is wrong with it, in words a user can act on.
 *
 * @param field   the property path of the offending field
 * @param problem what is wrong, e.g. "must not be blank"
 */
public record Violation(String field, String problem) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(problem, "problem");
    }

    @Override
    public String toString() {
        return field + ": " + problem;
    }
}
