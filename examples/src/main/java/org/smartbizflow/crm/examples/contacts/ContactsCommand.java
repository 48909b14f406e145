package org.smartbizflow.crm.examples.contacts;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.contact.ContactCriteria;
import org.smartbizflow.crm.contact.ContactFilter;
import org.smartbizflow.crm.contact.port.in.ContactField;
import org.smartbizflow.crm.contact.port.in.ContactImportOptions;
import org.smartbizflow.crm.contact.port.in.ContactImportReport;
import org.smartbizflow.crm.contact.port.in.Contacts;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.examples.support.Arguments;
import org.smartbizflow.crm.examples.support.Database;
import org.smartbizflow.crm.examples.support.ImportReports;
import org.smartbizflow.crm.examples.support.TransferCommands;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.CountryCode;
import org.smartbizflow.crm.shared.UserId;

/**
 * {@code contacts import|export}: moves contacts between CSV/JSON files and a CRM database (an
 * H2 file by default, or any JDBC URL), matching them to accounts and reporting every row.
 */
public final class ContactsCommand {

    private static final String USAGE = """
            usage:
              contacts import --csv FILE [--db PATH|JDBC-URL] [--user U] [--password P] [--tenant T]
                              [--dry-run] [--duplicates skip|update|create] [--create-accounts]
                              [--delimiter C] [--charset NAME] [--region CC] [--map 'Header=FIELD,...']
                              [--chunk N] [--json]
              contacts export --out FILE|- [--format csv|json] [--db PATH|JDBC-URL] [--tenant T]
                              [--owner U,...] [--account ID,...] [--tag T,...] [--text TEXT] [--segment-tag T]
            FIELD is one of %s""".formatted(java.util.Arrays.toString(ContactField.values()));

    private ContactsCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return TransferCommands.dispatch(args, "contacts", USAGE,
                Set.of("csv", "duplicates", "delimiter", "charset", "region", "map",
                        "chunk", "out", "format", "owner", "account", "tag", "text", "segment-tag"),
                Set.of("dry-run", "json", "create-accounts"), err, Map.of(
                "import", (options, target) -> importCsv(options, target, out, err),
                "export", (options, target) -> export(options, target, out, err)));
    }

    private static int importCsv(Arguments options, TransferCommands.Target target, PrintStream out,
                                 PrintStream err) {
        Path file = Path.of(options.required("csv"));
        ContactImportOptions importOptions = TransferCommands.importOptions(options, ContactImportOptions.defaults()
                .createMissingAccounts(options.flag("create-accounts")), ContactField.class, err);
        if (options.value("region").isPresent()) {
            importOptions = importOptions.phoneRegion(CountryCode.of(options.value("region").get()));
        }
        boolean json = options.flag("json");
        try (Database database = target.open()) {
            Contacts contacts = Crm.builder().persistence(database.persistence()).build()
                    .session(target.tenant(), Actor.system()).contacts();
            ContactImportReport report = contacts.importCsv(file, importOptions);
            if (json) {
                out.println(ImportReports.json(report, file, database.url(), jsonExtra(report)));
            } else {
                Map<String, Long> extra = new LinkedHashMap<>();
                extra.put("accounts created", report.accountsCreated());
                extra.put("consent records", report.consentRecords());
                ImportReports.printText(out, report, file, database.url(), target.tenant(), extra);
            }
            return report.isClean() ? 0 : 1;
        }
    }

    private static Map<String, Long> jsonExtra(ContactImportReport report) {
        Map<String, Long> extra = new LinkedHashMap<>();
        extra.put("accountsCreated", report.accountsCreated());
        extra.put("consentRecords", report.consentRecords());
        return extra;
    }

    private static int export(Arguments options, TransferCommands.Target target, PrintStream out, PrintStream err) {
        String file = options.required("out");
        String format = TransferCommands.format(options, file);
        ContactFilter filter = ContactFilter.any();
        if (options.value("owner").isPresent()) {
            filter = filter.withOwners(split(options.value("owner").get()).stream().map(UserId::of)
                    .toArray(UserId[]::new));
        }
        if (options.value("account").isPresent()) {
            filter = filter.withAccounts(split(options.value("account").get()).stream().map(AccountId::parse)
                    .toArray(AccountId[]::new));
        }
        if (options.value("tag").isPresent()) {
            filter = filter.withTags(split(options.value("tag").get()).toArray(String[]::new));
        }
        if (options.value("text").isPresent()) {
            filter = filter.withText(options.value("text").get());
        }
        // segment criteria instead of the plain filter: contacts carrying this tag, as a segment would select them
        ContactCriteria criteria = options.value("segment-tag").map(tag -> (ContactCriteria) ContactCriteria.where(
                ContactCriteria.Field.TAG, ContactCriteria.Operator.EQUALS, tag)).orElse(null);
        ContactFilter selected = filter;
        return TransferCommands.export(target, file, format, "contacts", out, err, (database, stream) -> {
            Contacts contacts = Crm.builder().persistence(database.persistence()).build()
                    .session(target.tenant(), Actor.system()).contacts();
            return write(contacts, selected, criteria, format, stream);
        });
    }

    private static long write(Contacts contacts, ContactFilter filter, ContactCriteria criteria, String format,
                              OutputStream out) {
        if (criteria != null) {
            return format.equals("csv") ? contacts.exportCsv(criteria, out) : contacts.exportJson(criteria, out);
        }
        return format.equals("csv") ? contacts.exportCsv(filter, out) : contacts.exportJson(filter, out);
    }

    private static List<String> split(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
