package org.smartbizflow.crm.core.transfer;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes UTF-8 CSV rows as they come (nothing is buffered beyond the writer's own buffer), with
 * every cell made safe for spreadsheets by {@link SpreadsheetSafety#neutralise} and every absent
 * value written as an empty cell (a dropped null would shift the row). The one CSV writer of
 * every export, so that every import reads every export back.
 */
public final class SafeCsvWriter {

    private static final CsvMapper CSV = new CsvMapper();

    private final Writer writer;
    private final SequenceWriter rows;

    private SafeCsvWriter(Writer writer, SequenceWriter rows) {
        this.writer = writer;
        this.rows = rows;
    }

    /** Starts the file with its header row. */
    public static SafeCsvWriter open(OutputStream out, String[] header) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            SequenceWriter rows = CSV.writerFor(String[].class).with(CsvSchema.emptySchema().withoutHeader())
                    .writeValues(writer);
            SafeCsvWriter csv = new SafeCsvWriter(writer, rows);
            csv.row(header.clone());
            return csv;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CSV export", e);
        }
    }

    /** Writes one row; the cells are neutralised in place. */
    public void row(String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i] == null ? "" : SpreadsheetSafety.neutralise(cells[i]);
        }
        try {
            rows.write(cells);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CSV export", e);
        }
    }

    /** Flushes everything to the stream, which stays open (the caller owns it). */
    public void finish() {
        try {
            rows.flush();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CSV export", e);
        }
    }
}
