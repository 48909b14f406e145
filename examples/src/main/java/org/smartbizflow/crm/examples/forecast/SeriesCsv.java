package org.smartbizflow.crm.examples.forecast;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smartbizflow.crm.forecast.TimeSeries;

/**
 * Reads one or many series from CSV. Long form has the header {@code series,period,value} (in
 * any order, any case) and one row per observation; wide form has the period in the first
 * column and one column per series. Rows are taken in file order (oldest first). An empty cell
 * or {@code NA} is a missing period. Every problem is reported with its line number.
 */
final class SeriesCsv {

    private static final CsvFactory FACTORY = CsvFactory.builder().enable(CsvParser.Feature.TRIM_SPACES).build();

    /** A series and the label of each of its periods. */
    record LabelledSeries(TimeSeries series, List<String> periods) {
    }

    /** Input the tool cannot use, with a message for the user. */
    static final class BadInput extends Exception {
        BadInput(String message) {
            super(message);
        }
    }

    private SeriesCsv() {
    }

    static List<LabelledSeries> read(Path file, int seasonalPeriod) throws BadInput {
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        readRecords(file, rows, lineNumbers);
        if (rows.size() < 2) {
            throw new BadInput(file + ": needs a header row and at least one data row");
        }
        List<String> header = rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (header.size() == 3 && header.containsAll(List.of("series", "period", "value"))) {
            return longForm(rows, lineNumbers, header, seasonalPeriod);
        }
        if (header.size() < 2) {
            throw new BadInput(file + ": needs a period column and at least one series column"
                    + " (wide form), or the columns series,period,value (long form)");
        }
        return wideForm(rows, lineNumbers, seasonalPeriod);
    }

    private static List<LabelledSeries> longForm(List<List<String>> rows, List<Integer> lineNumbers, List<String> header,
                                                 int m) throws BadInput {
        int s = header.indexOf("series");
        int p = header.indexOf("period");
        int v = header.indexOf("value");
        Map<String, List<String>> periods = new LinkedHashMap<>();
        Map<String, List<Double>> values = new LinkedHashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int line = lineNumbers.get(r);
            if (row.size() != 3) {
                throw new BadInput("line " + line + ": expected 3 cells (series,period,value), found " + row.size());
            }
            String name = row.get(s).strip();
            if (name.isEmpty()) {
                throw new BadInput("line " + line + ": the series name is empty");
            }
            periods.computeIfAbsent(name, k -> new ArrayList<>()).add(row.get(p).strip());
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(number(row.get(v), line, "value"));
        }
        List<LabelledSeries> out = new ArrayList<>();
        for (String name : values.keySet()) {
            double[] y = values.get(name).stream().mapToDouble(Double::doubleValue).toArray();
            out.add(new LabelledSeries(TimeSeries.of(name, y, m), periods.get(name)));
        }
        return out;
    }

    private static List<LabelledSeries> wideForm(List<List<String>> rows, List<Integer> lineNumbers, int m)
            throws BadInput {
        List<String> header = rows.get(0);
        int columns = header.size();
        List<String> periods = new ArrayList<>();
        double[][] values = new double[columns - 1][rows.size() - 1];
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int line = lineNumbers.get(r);
            if (row.size() != columns) {
                throw new BadInput("line " + line + ": expected " + columns + " cells like the header, found " + row.size());
            }
            periods.add(row.get(0).strip());
            for (int c = 1; c < columns; c++) {
                values[c - 1][r - 1] = number(row.get(c), line, header.get(c));
            }
        }
        List<LabelledSeries> out = new ArrayList<>();
        for (int c = 1; c < columns; c++) {
            String name = header.get(c).strip().isEmpty() ? "series" + c : header.get(c).strip();
            out.add(new LabelledSeries(TimeSeries.of(name, values[c - 1], m), periods));
        }
        return out;
    }

    private static double number(String cell, int line, String column) throws BadInput {
        String text = cell.strip();
        if (text.isEmpty() || text.equalsIgnoreCase("NA")) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(text);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new BadInput("line " + line + ", column " + column + ": '" + text + "' is not a number");
        }
    }

    /**
     * Reads every non-blank record with the line it starts on. Quoting (doubled quotes, commas
     * and line breaks inside quotes) is jackson-dataformat-csv's; spaces around unquoted cells go.
     */
    private static void readRecords(Path file, List<List<String>> rows, List<Integer> lineNumbers) throws BadInput {
        int line = 0;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CsvParser parser = FACTORY.createParser(reader)) {
            parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(',').withQuoteChar('"'));
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.START_ARRAY) {
                // right after the array opens, the parser stands at the record's first character
                line = parser.currentLocation().getLineNr();
                List<String> cells = new ArrayList<>();
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                    cells.add(token == JsonToken.VALUE_NULL ? "" : parser.getText());
                }
                if (cells.size() > 1 || cells.size() == 1 && !cells.get(0).isBlank()) {
                    rows.add(cells);
                    lineNumbers.add(line);
                }
            }
        } catch (NoSuchFileException e) {
            throw new BadInput("no such file: " + file);
        } catch (JsonProcessingException e) {
            String problem = e.getOriginalMessage();
            throw new BadInput("line " + line + ": " + (problem != null && problem.contains("closing quote")
                    ? "unterminated quote" : "malformed CSV: " + problem));
        } catch (IOException e) {
            throw new BadInput("cannot read " + file + ": " + e.getMessage());
        }
    }
}
