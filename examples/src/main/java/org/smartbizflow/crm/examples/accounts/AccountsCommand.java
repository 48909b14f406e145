package org.smartbizflow.crm.examples.accounts;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.smartbizflow.crm.account.AccountFilter;
import org.smartbizflow.crm.account.SizeBand;
import org.smartbizflow.crm.account.port.in.AccountField;
import org.smartbizflow.crm.account.port.in.AccountImportOptions;
import org.smartbizflow.crm.account.port.in.AccountImportReport;
import org.smartbizflow.crm.account.port.in.Accounts;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.examples.support.Arguments;
import org.smartbizflow.crm.examples.support.Database;
import org.smartbizflow.crm.examples.support.ImportReports;
import org.smartbizflow.crm.examples.support.TransferCommands;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.Tag;
import org.smartbizflow.crm.shared.UserId;

/**
 * {@code accounts import|export}: moves accounts between CSV/JSON files and a CRM database (an
 * H2 file by default, or any JDBC URL), matching duplicates and parents and reporting every row.
 */
public final class AccountsCommand {

    private static final String USAGE = """
            usage:
              accounts import --csv FILE [--db PATH|JDBC-URL] [--user U] [--password P] [--tenant T]
                              [--dry-run] [--duplicates skip|update|create] [--delimiter C] [--charset NAME]
                              [--map 'Header=FIELD,...'] [--chunk N] [--json]
              accounts export --out FILE|- [--format csv|json] [--db PATH|JDBC-URL] [--tenant T]
                              [--owner U,...] [--industry I,...] [--size BAND,...] [--tag T,...] [--text TEXT]
            FIELD is one of %s""".formatted(java.util.Arrays.toString(AccountField.values()));

    private AccountsCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return TransferCommands.dispatch(args, "accounts", USAGE,
                Set.of("csv", "duplicates", "delimiter", "charset", "map", "chunk",
                        "out", "format", "owner", "industry", "size", "tag", "text"),
                Set.of("dry-run", "json"), err, Map.of(
                "import", (options, target) -> importCsv(options, target, out, err),
                "export", (options, target) -> export(options, target, out, err)));
    }

    private static int importCsv(Arguments options, TransferCommands.Target target, PrintStream out,
                                 PrintStream err) {
        Path file = Path.of(options.required("csv"));
        AccountImportOptions importOptions = TransferCommands.importOptions(options, AccountImportOptions.defaults(),
                AccountField.class, err);
        try (Database database = target.open()) {
            Accounts accounts = Crm.builder().persistence(database.persistence()).build()
                    .session(target.tenant(), Actor.system()).accounts();
            AccountImportReport report = accounts.importCsv(file, importOptions);
            if (options.flag("json")) {
                out.println(ImportReports.json(report, file, database.url(), Map.of("parentsSet", report.parentsSet())));
            } else {
                ImportReports.printText(out, report, file, database.url(), target.tenant(),
                        Map.of("parents set", report.parentsSet()));
            }
            return report.isClean() ? 0 : 1;
        }
    }

    private static int export(Arguments options, TransferCommands.Target target, PrintStream out, PrintStream err) {
        String file = options.required("out");
        String format = TransferCommands.format(options, file);
        AccountFilter filter = AccountFilter.any();
        if (options.value("owner").isPresent()) {
            filter = filter.withOwners(split(options.value("owner").get()).stream().map(UserId::of)
                    .toArray(UserId[]::new));
        }
        if (options.value("industry").isPresent()) {
            filter = filter.withIndustries(split(options.value("industry").get()).toArray(String[]::new));
        }
        if (options.value("size").isPresent()) {
            filter = filter.withSizeBands(split(options.value("size").get()).stream()
                    .map(band -> SizeBand.valueOf(band.toUpperCase(Locale.ROOT))).toArray(SizeBand[]::new));
        }
        if (options.value("tag").isPresent()) {
            filter = filter.withTags(split(options.value("tag").get()).stream().map(Tag::of).toArray(Tag[]::new));
        }
        if (options.value("text").isPresent()) {
            filter = filter.withText(options.value("text").get());
        }
        AccountFilter selected = filter;
        return TransferCommands.export(target, file, format, "accounts", out, err, (database, stream) -> {
            Accounts accounts = Crm.builder().persistence(database.persistence()).build()
                    .session(target.tenant(), Actor.system()).accounts();
            return format.equals("csv") ? accounts.exportCsv(selected, stream) : accounts.exportJson(selected, stream);
        });
    }

    private static List<String> split(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
