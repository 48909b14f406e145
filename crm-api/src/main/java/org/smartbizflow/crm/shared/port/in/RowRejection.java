package org.smartbizflow.crm.shared.port.in;

import java.util.List;
import org.smartbizflow.crm.shared.Violation;

/**
 * A row that was not stored, and why: every problem found in it, by field. Lead and contact
 * imports report rejected rows the same way.
 *
 * @param line       the line number in the file where the row starts (the header is line 1)
 * @param violations the problems, at least one
 */
public record RowRejection(long line, List<Violation> violations) {

    public RowRejection {
        violations = List.copyOf(violations);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
    }

    /** The field of the first problem. */
    public String field() {
        return violations.get(0).field();
    }

    /** The first problem, in words. */
    public String reason() {
        return violations.get(0).problem();
    }

    @Override
    public String toString() {
        return "line " + line + ": " + violations;
    }
}
