package org.smartbizflow.crm.scoring.feature;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.smartbizflow.crm.scoring.table.CsvTable;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * One raw attribute the pipeline uses and how to encode it. Domain adapters declare their
 * specs; for CSV data {@link #infer} guesses them from the cells.
 *
 * @param name the attribute name (a CSV column or a domain field)
 * @param kind how to encode it
 */
public record FeatureSpec(String name, ColumnKind kind) {

    public FeatureSpec {
        Preconditions.notBlank(name, "name");
        Preconditions.notNull(kind, "kind");
    }

    public static FeatureSpec numeric(String name) {
        return new FeatureSpec(name, ColumnKind.NUMERIC);
    }

    public static FeatureSpec categorical(String name) {
        return new FeatureSpec(name, ColumnKind.CATEGORICAL);
    }

    public static FeatureSpec bool(String name) {
        return new FeatureSpec(name, ColumnKind.BOOLEAN);
    }

    public static FeatureSpec date(String name) {
        return new FeatureSpec(name, ColumnKind.DATE);
    }

    /**
     * Guesses a spec for every column not excluded: yes/no-like columns with at most two
     * values are boolean, columns whose every present cell is a number are numeric, ISO
     * dates are dates, anything else is categorical. Columns with no value at all are left out.
     */
    public static List<FeatureSpec> infer(CsvTable table, Collection<String> exclude) {
        List<FeatureSpec> specs = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            String name = table.columns().get(c);
            if (exclude.contains(name)) {
                continue;
            }
            boolean numeric = true;
            boolean bool = true;
            boolean date = true;
            boolean any = false;
            Set<String> distinct = new HashSet<>();
            for (String[] row : table.rows()) {
                String cell = row[c];
                if (isMissing(cell)) {
                    continue;
                }
                any = true;
                if (distinct.size() <= 3) {
                    distinct.add(cell.toLowerCase(Locale.ROOT));
                }
                numeric = numeric && parseNumber(cell) != null;
                bool = bool && parseBoolean(cell) != null;
                date = date && !numeric && parseDate(cell) != null;
            }
            if (!any) {
                continue;
            }
            ColumnKind kind = bool && distinct.size() <= 2 && !numeric ? ColumnKind.BOOLEAN
                    : numeric ? ColumnKind.NUMERIC
                    : date ? ColumnKind.DATE
                    : ColumnKind.CATEGORICAL;
            specs.add(new FeatureSpec(name, kind));
        }
        return specs;
    }

    /** Whether a raw value counts as missing: null, blank, or a conventional marker such as NA. */
    public static boolean isMissing(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof Double d) {
            return !Double.isFinite(d);
        }
        if (value instanceof String s) {
            String t = s.strip();
            return t.isEmpty() || t.equalsIgnoreCase("NA") || t.equalsIgnoreCase("N/A")
                    || t.equalsIgnoreCase("null") || t.equalsIgnoreCase("NaN") || t.equals("?");
        }
        return false;
    }

    /** The value as a number, or null when missing or not a number. */
    public static Double parseNumber(Object value) {
        if (isMissing(value)) {
            return null;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        try {
            double d = Double.parseDouble(value.toString().strip());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The value as a boolean, or null when missing or not yes/no-like. */
    public static Boolean parseBoolean(Object value) {
        if (isMissing(value)) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return d == 1 ? Boolean.TRUE : d == 0 ? Boolean.FALSE : null;
        }
        switch (value.toString().strip().toLowerCase(Locale.ROOT)) {
            case "yes": case "y": case "true": case "t": case "1":
                return Boolean.TRUE;
            case "no": case "n": case "false": case "f": case "0":
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    /** The value as a date (an instant counts by its UTC date), or null. */
    public static LocalDate parseDate(Object value) {
        if (isMissing(value)) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Instant i) {
            return LocalDate.ofInstant(i, ZoneOffset.UTC);
        }
        String text = value.toString().strip();
        try {
            return text.length() > 10 ? LocalDate.ofInstant(Instant.parse(text), ZoneOffset.UTC)
                    : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
