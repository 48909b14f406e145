package org.smartbizflow.crm.core.transfer;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.Violation;

/**
 * Turns one CSV cell into a value, collecting what is wrong with it instead of stopping at the
 * first bad cell, so that a rejected row reports every problem it has.
 */
public final class CellConversion {

    private CellConversion() {
    }

    /**
     * The converted cell; null for an empty (null) cell, or when the conversion refuses the text,
     * in which case its violations are added to {@code problems}.
     */
    public static <T> T convert(List<Violation> problems, String text, Function<String, T> conversion) {
        if (text == null) {
            return null;
        }
        try {
            return conversion.apply(text);
        } catch (ValidationException e) {
            problems.addAll(e.violations());
            return null;
        }
    }

    /** The values of a list cell, separated by commas or semicolons; none for an empty (null) cell. */
    public static String[] list(String cell) {
        return cell == null ? new String[0] : cell.split("[,;]");
    }

    /**
     * Adds each value that converts and is not there yet, in order; reports the violations of
     * the others under {@code field}. Blank parts are skipped.
     */
    public static <T> void addAll(Collection<T> target, List<Violation> problems, String field, String[] parts,
                                  Function<String, T> conversion) {
        for (String part : parts) {
            if (part.isBlank()) {
                continue;
            }
            try {
                T value = conversion.apply(part.strip());
                if (!target.contains(value)) {
                    target.add(value);
                }
            } catch (ValidationException e) {
                for (Violation v : e.violations()) {
                    problems.add(new Violation(field, v.problem()));
                }
            }
        }
    }
}
