package org.smartbizflow.crm.shared.port.in;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The settings every CSV import's options have, whatever it imports: how the file is read,
 * what a duplicate row does, and how the work is cut and reported. Each import's options add
 * what is particular to it; code that drives several imports alike (a command line, a host's
 * upload screen) sets these through this interface.
 *
 * @param <O> the options type, returned by every setter
 * @param <F> the fields a column can map to
 */
public interface CsvImportSettings<O extends CsvImportSettings<O, F>, F extends Enum<F>> {

    /** An explicit header-to-field mapping; empty maps by recognised header names. */
    O columns(Map<String, F> mapping);

    /** The file's encoding, instead of detecting it. */
    O charset(Charset value);

    /** The column separator, instead of detecting it. */
    O delimiter(char value);

    /** Validate, match and report without storing anything. */
    O dryRun(boolean value);

    /** What a row matching a stored record (or an earlier row) does. */
    O duplicates(DuplicatePolicy value);

    /** Rows per transaction. */
    O chunkSize(int value);

    /** Called after every chunk. */
    O onProgress(Consumer<ImportProgress> value);
}
