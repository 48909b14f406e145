package org.smartbizflow.crm.core.transfer;

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
}
