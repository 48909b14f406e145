package org.smartbizflow.crm.scoring.table;

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
 * Written here rather than pulled in as a dependency because the module keeps to the few
 * libraries the architecture allows.
 *
 * @param columns   the header names, unique, in file order
 * @param rows      the data rows, each with exactly one cell per column
 * @param delimiter the delimiter that was detected
 */
public record CsvTable(List<String> columns, List<String[]> rows, char delimiter) {

    private static final char[] CANDIDATES = {',', ';', '\t', '|'};

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
        BufferedReader reader = source instanceof BufferedReader b ? b : new BufferedReader(source);
        reader.mark(1);
        int first = reader.read();
        if (first != '\uFEFF' && first != -1) {
            reader.reset();
        }
        String headerLine = reader.readLine();
        if (headerLine == null || headerLine.isBlank()) {
            throw new CsvFormatException(1, "the file is empty; a header row is required");
        }
        char delimiter = sniff(headerLine);
        RowScanner scanner = new RowScanner(reader, delimiter);
        List<String> header = scanner.splitHeader(headerLine);
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
        while ((cells = scanner.next()) != null) {
            if (cells.size() == 1 && cells.get(0).isEmpty()) {
                continue;
            }
            if (cells.size() != columns.size()) {
                throw new CsvFormatException(scanner.rowStartLine(), "expected " + columns.size()
                        + " cells separated by '" + printable(delimiter) + "' but found " + cells.size());
            }
            rows.add(cells.toArray(String[]::new));
        }
        if (rows.isEmpty()) {
            throw new CsvFormatException(2, "the file has a header but no data rows");
        }
        return new CsvTable(columns, rows, delimiter);
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

    private static char sniff(String header) {
        char best = ',';
        int bestCount = 0;
        for (char candidate : CANDIDATES) {
            int count = 0;
            boolean quoted = false;
            for (int i = 0; i < header.length(); i++) {
                char c = header.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == candidate && !quoted) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static String printable(char delimiter) {
        return delimiter == '\t' ? "\\t" : String.valueOf(delimiter);
    }

    /** Splits records one at a time, following quotes across line breaks. */
    private static final class RowScanner {
        private final BufferedReader reader;
        private final char delimiter;
        private long line = 1;
        private long rowStart;

        RowScanner(BufferedReader reader, char delimiter) {
            this.reader = reader;
            this.delimiter = delimiter;
        }

        long rowStartLine() {
            return rowStart;
        }

        List<String> splitHeader(String headerLine) throws IOException {
            return split(headerLine, 1);
        }

        List<String> next() throws IOException {
            String text = reader.readLine();
            if (text == null) {
                return null;
            }
            line++;
            rowStart = line;
            return split(text, line);
        }

        private List<String> split(String first, long lineNumber) throws IOException {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            String text = first;
            int i = 0;
            boolean quoted = false;
            boolean wasQuoted = false;
            while (true) {
                if (i >= text.length()) {
                    if (quoted) {
                        String more = reader.readLine();
                        if (more == null) {
                            throw new CsvFormatException(lineNumber, "a quoted cell is never closed");
                        }
                        line++;
                        cell.append('\n');
                        text = more;
                        i = 0;
                        continue;
                    }
                    cells.add(wasQuoted ? cell.toString() : cell.toString().strip());
                    return cells;
                }
                char c = text.charAt(i++);
                if (quoted) {
                    if (c == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        cell.append(c);
                    }
                } else if (c == delimiter) {
                    cells.add(wasQuoted ? cell.toString() : cell.toString().strip());
                    cell.setLength(0);
                    wasQuoted = false;
                } else if (c == '"' && cell.toString().isBlank()) {
                    cell.setLength(0);
                    quoted = true;
                    wasQuoted = true;
                } else {
                    cell.append(c);
                }
            }
        }
    }
}
