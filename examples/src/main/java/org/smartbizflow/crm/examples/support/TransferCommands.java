package org.smartbizflow.crm.examples.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.port.in.CsvImportSettings;
import org.smartbizflow.crm.shared.port.in.DuplicatePolicy;

/**
 * What the {@code import} and {@code export} commands of leads, contacts and accounts read and
 * write alike: the database and tenant, the import options every CSV import has, and where an
 * export goes.
 */
public final class TransferCommands {

    private TransferCommands() {
    }

    /**
     * The database and tenant a command works on: {@code --db} (an H2 file path, by default
     * {@code crm-demo/crm}, or any JDBC URL), {@code --user}, {@code --password}, {@code --tenant}.
     */
    public record Target(String db, String user, String password, TenantId tenant) {

        public static Target of(Arguments options) {
            String db = options.value("db").orElse("crm-demo/crm");
            return new Target(db, options.value("user").orElse(db.startsWith("jdbc:") ? null : "sa"),
                    options.value("password").orElse(""), TenantId.of(options.value("tenant").orElse("acme")));
        }

        public Database open() {
            return Database.open(db, user, password);
        }
    }

    /** Writes an export to a stream; returns the number of records written. */
    @FunctionalInterface
    public interface Export {
        long write(Database database, OutputStream out);
    }

    /**
     * The options every CSV import reads from the command line ({@code --dry-run},
     * {@code --duplicates}, {@code --delimiter}, {@code --charset}, {@code --chunk},
     * {@code --map}), on top of the import's own defaults; progress goes to {@code err} unless
     * the report is printed as JSON.
     */
    public static <O extends CsvImportSettings<O, F>, F extends Enum<F>> O importOptions(Arguments options,
            O defaults, Class<F> fields, PrintStream err) {
        O result = defaults.dryRun(options.flag("dry-run")).duplicates(DuplicatePolicy.valueOf(
                options.value("duplicates").orElse("skip").toUpperCase(Locale.ROOT)));
        if (options.delimiter().isPresent()) {
            result = result.delimiter(options.delimiter().get());
        }
        if (options.value("charset").isPresent()) {
            result = result.charset(Charset.forName(options.value("charset").get()));
        }
        if (options.value("chunk").isPresent()) {
            result = result.chunkSize(Integer.parseInt(options.value("chunk").get()));
        }
        if (options.columnMap(fields).isPresent()) {
            result = result.columns(options.columnMap(fields).get());
        }
        if (!options.flag("json")) {
            result = result.onProgress(p -> ImportReports.progressTo(err, p));
        }
        return result;
    }

    /** The export format: {@code --format}, else {@code json} for a {@code .json} target, else {@code csv}. */
    public static String format(Arguments options, String target) {
        String format = options.value("format").orElse(target.endsWith(".json") ? "json" : "csv");
        if (!format.equals("csv") && !format.equals("json")) {
            throw new Arguments.UsageException("--format must be csv or json, not " + format);
        }
        return format;
    }

    /**
     * Runs an export into {@code --out}: a file, or {@code -} for standard output; reports the
     * count on {@code err}. Returns the exit code.
     *
     * @param what the records' name in the report, e.g. {@code accounts}
     */
    public static int export(Target target, String out, String format, String what, PrintStream stdout,
                             PrintStream err, Export export) {
        try (Database database = target.open()) {
            long count;
            if (out.equals("-")) {
                count = export.write(database, stdout);
                stdout.flush();
            } else {
                try (OutputStream file = Files.newOutputStream(Path.of(out))) {
                    count = export.write(database, file);
                }
            }
            err.printf("Exported %d %s of tenant %s as %s to %s%n", count, what, target.tenant(), format, out);
            return 0;
        } catch (IOException e) {
            err.println("cannot write " + out + ": " + e.getMessage());
            return 2;
        }
    }
}
