package org.smartbizflow.crm.scoring.table;

import org.smartbizflow.crm.shared.CrmException;

/**
 * A CSV file could not be read as a table; the message names the line and what is wrong, so
 * a data person can fix the file without a debugger.
 */
public final class CsvFormatException extends CrmException {

    private final long line;

    public CsvFormatException(long line, String problem) {
        super(line > 0 ? "line " + line + ": " + problem : problem);
        this.line = line;
    }

    /** The 1-based line the problem was found on, or 0 when it concerns the whole file. */
    public long line() {
        return line;
    }
}
