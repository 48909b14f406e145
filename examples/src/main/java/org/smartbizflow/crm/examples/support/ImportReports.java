package org.smartbizflow.crm.examples.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.smartbizflow.crm.shared.port.in.ImportProgress;
import org.smartbizflow.crm.shared.port.in.ImportSummary;
import org.smartbizflow.crm.shared.port.in.RowRejection;

/**
 * How the {@code leads import} and {@code contacts import} commands print a report: progress
 * lines, the text summary with one line per rejected row, and the {@code --json} document.
 * What an import adds of its own (accounts created, consent records) comes as extra entries.
 */
public final class ImportReports {

    private ImportReports() {
    }

    /** Prints progress to the error stream, so the report on standard output stays clean. */
    public static void progressTo(PrintStream err, ImportProgress p) {
        err.printf("  ... %d rows read, %d stored, %d updated, %d skipped, %d rejected%n",
                p.rowsRead(), p.stored(), p.updated(), p.skipped(), p.rejected());
    }

    /** The text report: counts (then the extra counts), how the file was read, and each rejected row. */
    public static void printText(PrintStream out, ImportSummary report, Path file, String url, Object tenant,
                                 Map<String, Long> extra) {
        StringBuilder counts = new StringBuilder();
        extra.forEach((name, count) -> counts.append(counts.length() == 0 ? ";" : ",").append(' ').append(count)
                .append(' ').append(name));
        out.printf("%s %s into %s (tenant %s): %d rows read, %d stored, %d updated, %d skipped, %d rejected%s%n",
                report.dryRun() ? "Checked" : "Imported", file, url, tenant, report.rowsRead(),
                report.stored(), report.updated(), report.skipped().size(), report.rejected().size(), counts);
        out.printf("encoding %s, delimiter '%s', columns %s, ignored %s%n", report.charset(),
                report.delimiter() == '\t' ? "\\t" : String.valueOf(report.delimiter()), report.mapping(),
                report.ignoredColumns());
        for (RowRejection rejection : report.rejected()) {
            out.printf("line %d: %s%n", rejection.line(), rejection.violations());
        }
    }

    /** The {@code --json} report, with the extra entries after the common ones. */
    public static String json(ImportSummary report, Path file, String url, Map<String, ?> extra) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file.toString());
        json.put("database", url);
        json.put("dryRun", report.dryRun());
        json.put("charset", report.charset().name());
        json.put("delimiter", String.valueOf(report.delimiter()));
        json.put("mapping", report.mapping());
        json.put("ignoredColumns", report.ignoredColumns());
        json.put("rowsRead", report.rowsRead());
        json.put("stored", report.stored());
        json.put("updated", report.updated());
        json.put("skippedLines", report.skipped());
        json.putAll(extra);
        json.put("rejected", report.rejected().stream().map(r -> Map.of("line", r.line(), "violations",
                r.violations().stream().map(v -> Map.of("field", v.field(), "problem", v.problem())).toList())).toList());
        return json(json);
    }

    /** Any report as indented JSON. */
    public static String json(Map<String, ?> report) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
