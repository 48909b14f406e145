package org.smartbizflow.crm.scoring.table;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * A CSV file read whole into memory as text cells, for training and evaluating models on
 * tabular data. Any file with a header row works: the delimiter (comma, semicolon, tab or
 * pipe) is sniffed from the header, RFC 4180 quoting (including doubled quotes and line
 * breaks inside quotes) is understood, and a ragged row is refused with its line number.
 * The tokenising is jackson-dataformat-csv's, so quoting edge cases are a well-kept library's
 * job; this type adds the sniffing, the header checks and the error messages.
 *
 * @param columns   the header names, unique, in file order
 * @param rows      the data rows, each with exactly one cell per column
 * @param delimiter the delimiter that was detected
 */
public record CsvTable(List<String> columns, List<String[]> rows, char delimiter) {

    private static final char[] CANDIDATES = {',', ';', '\t', '|'};
    /** How much of the file the delimiter is sniffed from: the header line, or its first part. */
    private static final int SAMPLE = 64 * 1024;
    // Spaces around unquoted cells are dropped, as R does; the caller owns the reader it passed in.
    private static final CsvFactory FACTORY = CsvFactory.builder()
            .enable(CsvParser.Feature.TRIM_SPACES)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    public CsvTable {
        Preconditions.notNull(columns, "columns");
        Preconditions.notNull(rows, "rows");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        Set<String> seen = new HashSet<>();
        for (String column : columns) {
            Preconditions.check(seen.add(column), "columns", "duplicate column name: " + column);
        }
        for (String[] row : rows) {
            Preconditions.check(row.length == columns.size(), "rows", "every row needs one cell per column");
        }
    }

    /** Reads a UTF-8 file (a byte-order mark is skipped). */
    public static CsvTable read(Path file) {
        Preconditions.notNull(file, "file");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader);
        } catch (NoSuchFileException e) {
            throw new CsvFormatException(0, "file not found: " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static CsvTable parse(String text) {
        try {
            return parse(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CsvTable parse(Reader source) throws IOException {
        BufferedReader reader = new BufferedReader(source, SAMPLE);
        reader.mark(1);
        int first = reader.read();
        if (first != '\uFEFF' && first != -1) {
            reader.reset();
        }
        char delimiter = sniff(reader);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter).withQuoteChar('"');
        try (CsvParser parser = FACTORY.createParser(reader)) {
            parser.setSchema(schema);
            Records records = new Records(parser);
            List<String> header = records.next();
            if (header == null || isBlank(header)) {
                throw new CsvFormatException(1, "the file is empty; a header row is required");
            }
            List<String> columns = new ArrayList<>(header.size());
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).strip();
                if (name.isEmpty()) {
                    throw new CsvFormatException(1, "column " + (i + 1) + " has no name in the header");
                }
                if (!seen.add(name)) {
                    throw new CsvFormatException(1, "column name '" + name + "' appears twice in the header");
                }
                columns.add(name);
            }
            List<String[]> rows = new ArrayList<>();
            List<String> cells;
            while ((cells = records.next()) != null) {
                if (isBlank(cells)) {
                    continue;
                }
                if (cells.size() != columns.size()) {
                    throw new CsvFormatException(records.line(), "expected " + columns.size()
                            + " cells separated by '" + printable(delimiter) + "' but found " + cells.size());
                }
                rows.add(cells.toArray(String[]::new));
            }
            if (rows.isEmpty()) {
                throw new CsvFormatException(2, "the file has a header but no data rows");
            }
            return new CsvTable(columns, rows, delimiter);
        }
    }

    /** The index of a column. */
    public int indexOf(String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new CsvFormatException(0, "no column named '" + column + "'; the columns are " + columns);
        }
        return index;
    }

    /** Row {@code i} as a map from column name to cell text. */
    public Map<String, String> row(int i) {
        String[] cells = rows.get(i);
        Map<String, String> map = new LinkedHashMap<>(columns.size() * 2);
        for (int c = 0; c < cells.length; c++) {
            map.put(columns.get(c), cells[c]);
        }
        return map;
    }

    public int size() {
        return rows.size();
    }

    /** An empty or all-space line reads as one empty cell; R skips such lines, and so do we. */
    private static boolean isBlank(List<String> cells) {
        return cells.isEmpty() || cells.size() == 1 && cells.get(0).isEmpty();
    }

    /** The most frequent candidate outside quotes in the header line; leaves the reader where it was. */
    private static char sniff(BufferedReader reader) throws IOException {
        reader.mark(SAMPLE);
        char[] sample = new char[SAMPLE];
        int length = 0;
        int read;
        while (length < SAMPLE && (read = reader.read(sample, length, SAMPLE - length)) > 0) {
            length += read;
        }
        reader.reset();
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int i = 0; i < length; i++) {
            char c = sample[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < CANDIDATES.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return CANDIDATES[best];
    }

    private static String printable(char delimiter) {
        return delimiter == '\t' ? "\\t" : String.valueOf(delimiter);
    }

    /** The parser's records one at a time, with the line each starts on and readable errors. */
    private static final class Records {
        private final CsvParser parser;
        private long line;

        Records(CsvParser parser) {
            this.parser = parser;
        }

        /** The 1-based line the last record returned by {@link #next()} starts on. */
        long line() {
            return line;
        }

        List<String> next() throws IOException {
            try {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    return null;
                }
                if (token != JsonToken.START_ARRAY) {
                    throw new IllegalStateException("CSV reader out of step at " + parser.currentLocation());
                }
                // right after the array opens, the parser stands at the record's first character
                line = parser.currentLocation().getLineNr();
                List<String> cells = new ArrayList<>();
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                    cells.add(token == JsonToken.VALUE_NULL ? "" : parser.getText());
                }
                return cells;
            } catch (JsonProcessingException e) {
                String problem = e.getOriginalMessage();
                if (problem != null && problem.contains("closing quote")) {
                    throw new CsvFormatException(line, "a quoted cell is never closed");
                }
                long at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation().getLineNr() : line;
                throw new CsvFormatException(at, "malformed CSV: " + problem);
            }
        }
    }
}
