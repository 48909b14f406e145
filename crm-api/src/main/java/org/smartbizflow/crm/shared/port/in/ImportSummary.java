package org.smartbizflow.crm.shared.port.in;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

/**
 * What every CSV import reports, whatever it imports: how the file was read and what became
 * of each row. Each data row is counted exactly once, as stored, updated, skipped or rejected
 * ({@code rowsRead == stored + updated + skipped.size() + rejected.size()}). The lead and the
 * contact import reports add what is particular to them.
 */
public interface ImportSummary {

    /** True when nothing was written. */
    boolean dryRun();

    /** The encoding the file was read in. */
    Charset charset();

    /** The separator the file was read with. */
    char delimiter();

    /** The column-to-field mapping used, by header. */
    Map<String, ?> mapping();

    /** Headers that mapped to no field. */
    List<String> ignoredColumns();

    /** Data rows read. */
    long rowsRead();

    /** Rows stored as new records (would be, in a dry run). */
    long stored();

    /** Rows merged into an existing record. */
    long updated();

    /** The lines of rows skipped as duplicates. */
    List<Long> skipped();

    /** Rows not stored, with line, field and reason. */
    List<RowRejection> rejected();

    /** True when every row was stored, updated or skipped. */
    default boolean isClean() {
        return rejected().isEmpty();
    }
}
