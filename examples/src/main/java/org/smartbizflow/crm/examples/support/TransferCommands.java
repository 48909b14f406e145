package org.smartbizflow.crm.examples.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    /** One subcommand, given its parsed options and the database it works on; returns the exit code. */
    @FunctionalInterface
    public interface Subcommand {
        int run(Arguments options, Target target);
    }

    /**
     * Runs {@code args}: the subcommand its first word names, with the rest parsed as options.
     * Without arguments, or for an unknown subcommand, prints the usage and returns 2.
     *
     * @param noun        the records' name, e.g. {@code accounts}
     * @param valued      the options that take a value ({@code db}, {@code user}, {@code password}
     *                    and {@code tenant} are always accepted)
     * @param subcommands the subcommands by name
     */
    public static int dispatch(List<String> args, String noun, String usage, Set<String> valued, Set<String> flags,
                               PrintStream err, Map<String, Subcommand> subcommands) {
        if (args.isEmpty()) {
            err.println(usage);
            return 2;
        }
        Subcommand subcommand = subcommands.get(args.get(0));
        if (subcommand == null) {
            err.println("unknown " + noun + " command '" + args.get(0) + "'\n" + usage);
            return 2;
        }
        Set<String> accepted = new HashSet<>(valued);
        accepted.addAll(Set.of("db", "user", "password", "tenant"));
        Arguments options = Arguments.parse(args.subList(1, args.size()), accepted, flags);
        return subcommand.run(options, Target.of(options));
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
