package org.smartbizflow.crm.core.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a CSV input as lists of cells, read as a token stream so that memory stays
 * constant whatever the file size, each with the line it starts on (quoted cells may span
 * lines, so the record number is not the line number). Empty lines are skipped.
 */
public final class CsvRecords implements AutoCloseable {

    private static final CsvMapper CSV = new CsvMapper();

    private final CsvInput input;
    private final CsvParser parser;
    private long line;

    private CsvRecords(CsvInput input, CsvParser parser) {
        this.input = input;
        this.parser = parser;
    }

    /**
     * Opens the input, detecting what is not forced (see {@link CsvInput}).
     *
     * @throws UncheckedIOException when the input cannot be read
     */
    public static CsvRecords open(InputStream raw, Charset forcedCharset, Character forcedDelimiter) {
        try {
            CsvInput input = CsvInput.open(raw, forcedCharset, forcedDelimiter);
            CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(input.delimiter()).withQuoteChar('"');
            CsvParser parser = CSV.getFactory().createParser(input.reader());
            parser.setSchema(schema);
            parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            return new CsvRecords(input, parser);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CSV input", e);
        }
    }

    public Charset charset() {
        return input.charset();
    }

    public char delimiter() {
        return input.delimiter();
    }

    /**
     * The header row's cells: the first record.
     *
     * @throws org.smartbizflow.crm.shared.ValidationException when the input is empty
     * @throws UncheckedIOException when it cannot be read
     */
    public List<String> header() {
        List<String> header;
        try {
            header = next();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CSV input", e);
        }
        if (header == null) {
            throw new org.smartbizflow.crm.shared.ValidationException("file", "is empty: no header row");
        }
        return header;
    }

    /**
     * The next record's cells (an empty cell is {@code ""}), or null at the end.
     *
     * @throws IOException when the text is not well-formed CSV from here on
     */
    public List<String> next() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return null;
        }
        if (token != JsonToken.START_ARRAY) {
            throw new IllegalStateException("CSV reader out of step at " + parser.currentLocation());
        }
        List<String> cells = new ArrayList<>();
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
            if (cells.isEmpty()) {
                // the line of the record's first cell; the array token itself reports the line before
                line = parser.currentTokenLocation().getLineNr();
            }
            cells.add(token == JsonToken.VALUE_NULL ? "" : parser.getText());
        }
        return cells;
    }

    /** The line the record last returned by {@link #next()} starts on (the header is line 1). */
    public long line() {
        return line;
    }

    /** The line the reader stands on now: where a malformed record was noticed. */
    public long currentLine() {
        return parser.currentLocation().getLineNr();
    }

    /** The parser's own words for a malformed record, without its location dump. */
    public static String describe(IOException e) {
        return e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the CSV input", e);
        }
    }
}
