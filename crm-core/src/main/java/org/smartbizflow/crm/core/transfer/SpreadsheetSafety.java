package org.smartbizflow.crm.core.transfer;

/**
 * Defuses CSV cells that a spreadsheet would evaluate as a formula (CSV injection, as OWASP
 * describes it): a cell starting with {@code = + - @}, a tab or a carriage return is prefixed
 * with a single quote, which spreadsheets show as text. A cell that itself starts with a quote
 * gets one more, so that {@link #restore} can always tell the two apart. Every CSV export
 * neutralises its cells here and every CSV import restores them here, so any export imports back.
 */
public final class SpreadsheetSafety {

    private SpreadsheetSafety() {
    }

    /** The cell as a spreadsheet shows it as text; null and empty cells unchanged. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return needsGuard(first) ? "'" + cell : cell;
    }

    /** Undoes {@link #neutralise}, so that an exported file imports back to the same values. */
    public static String restore(String cell) {
        if (cell != null && cell.length() >= 2 && cell.charAt(0) == '\'' && needsGuard(cell.charAt(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    private static boolean needsGuard(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\'';
    }
}
