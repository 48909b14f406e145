package org.smartbizflow.crm.shared;

import java.util.List;
import java.util.stream.Collectors;

/** Input broke a rule; carries every field-level violation found, not just the first. */
public class ValidationException extends CrmException {

    private final List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    public ValidationException(String field, String problem) {
        this(List.of(new Violation(field, problem)));
    }

    /** The violations, in the order they were found; never empty. */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one violation");
        }
        return "Invalid input: " + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
