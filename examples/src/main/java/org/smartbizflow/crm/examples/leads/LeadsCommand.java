package org.smartbizflow.crm.examples.leads;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.examples.support.Arguments;
import org.smartbizflow.crm.examples.support.Database;
import org.smartbizflow.crm.examples.support.ImportReports;
import org.smartbizflow.crm.examples.support.TransferCommands;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.LeadStatus;
import org.smartbizflow.crm.lead.port.in.ImportOptions;
import org.smartbizflow.crm.lead.port.in.ImportReport;
import org.smartbizflow.crm.lead.port.in.LeadField;
import org.smartbizflow.crm.lead.port.in.Leads;
import org.smartbizflow.crm.lead.port.in.RescoreLeads;
import org.smartbizflow.crm.lead.port.in.RescoreLeadsReport;
import org.smartbizflow.crm.scoring.rules.RuleBasedLeadScorer;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.CountryCode;
import org.smartbizflow.crm.shared.TenantId;

/**
 * {@code leads import|export|score}: moves leads between CSV/JSON files and a CRM database (an
 * H2 file by default, or any JDBC URL), reporting every row, and re-scores the stored leads with
 * a rule set (after an import, or after the rules changed).
 */
public final class LeadsCommand {

    private static final String USAGE = """
            usage:
              leads import --csv FILE [--db PATH|JDBC-URL] [--user U] [--password P] [--tenant T]
                           [--dry-run] [--duplicates skip|update|create] [--delimiter C] [--charset NAME]
                           [--region CC] [--map 'Header=FIELD,...'] [--chunk N] [--json]
              leads export --out FILE|- [--format csv|json] [--db PATH|JDBC-URL] [--tenant T]
                           [--status S,...] [--source S,...] [--text TEXT]
              leads score --rules RULES.json [--db PATH|JDBC-URL] [--tenant T] [--batch N]
                          [--scored-before INSTANT] [--json]
            FIELD is one of %s""".formatted(java.util.Arrays.toString(LeadField.values()));

    private LeadsCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return TransferCommands.dispatch(args, "leads", USAGE,
                Set.of("csv", "duplicates", "delimiter", "charset", "region", "map",
                        "chunk", "out", "format", "status", "source", "text", "rules", "batch", "scored-before"),
                Set.of("dry-run", "json"), err, Map.of(
                "import", (options, target) -> importCsv(options, target, out, err),
                "export", (options, target) -> export(options, target, out, err),
                "score", (options, target) -> score(options, target, out, err)));
    }

    private static int importCsv(Arguments options, TransferCommands.Target target, PrintStream out,
                                 PrintStream err) {
        Path file = Path.of(options.required("csv"));
        ImportOptions importOptions = TransferCommands.importOptions(options, ImportOptions.defaults(),
                LeadField.class, err);
        if (options.value("region").isPresent()) {
            importOptions = importOptions.phoneRegion(CountryCode.of(options.value("region").get()));
        }
        boolean json = options.flag("json");
        try (Database database = target.open()) {
            Leads leads = Crm.builder().persistence(database.persistence()).build()
                    .session(target.tenant(), Actor.system()).leads();
            ImportReport report = leads.importCsv(file, importOptions);
            if (json) {
                out.println(ImportReports.json(report, file, database.url(), Map.of()));
            } else {
                ImportReports.printText(out, report, file, database.url(), target.tenant(), Map.of());
            }
            return report.isClean() ? 0 : 1;
        }
    }

    /**
     * Re-scores every lead of the tenant not scored with the rule set's version (or scored
     * before {@code --scored-before}); prints the report with the time it took.
     */
    private static int score(Arguments options, TransferCommands.Target target, PrintStream out, PrintStream err) {
        TenantId tenant = target.tenant();
        Path rulesFile = Path.of(options.required("rules"));
        String rules;
        try {
            rules = Files.readString(rulesFile);
        } catch (IOException e) {
            throw new Arguments.UsageException("cannot read --rules " + rulesFile + ": " + e.getMessage());
        }
        RuleBasedLeadScorer scorer = RuleBasedLeadScorer.fromJson(rules);
        RescoreLeads command = RescoreLeads.all();
        if (options.value("batch").isPresent()) {
            command = command.inBatchesOf(Integer.parseInt(options.value("batch").get()));
        }
        if (options.value("scored-before").isPresent()) {
            try {
                command = command.scoredBefore(Instant.parse(options.value("scored-before").get()));
            } catch (DateTimeParseException e) {
                throw new Arguments.UsageException("--scored-before must be an instant such as 2026-11-24T00:00:00Z, not "
                        + options.value("scored-before").get());
            }
        }
        boolean json = options.flag("json");
        if (!json) {
            command = command.reportingTo((done, total) -> err.printf("scored %d of %d%n", done, total));
        }
        try (Database database = target.open()) {
            long started = System.nanoTime();
            RescoreLeadsReport report = Crm.builder().persistence(database.persistence()).leadScorer(scorer).build()
                    .session(tenant, Actor.system()).leadScores().rescore(command);
            double seconds = (System.nanoTime() - started) / 1e9;
            double rate = seconds > 0 ? report.scored() / seconds : 0;
            if (json) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("database", database.url());
                body.put("tenant", tenant.value());
                body.put("rules", scorer.rules().name());
                body.put("version", report.version());
                body.put("scored", report.scored());
                body.put("failures", report.failures().stream().map(f -> Map.of("leadId", f.leadId().toString(),
                        "outcome", f.outcome().name(), "reason", String.valueOf(f.reason()))).toList());
                body.put("seconds", Math.round(seconds * 1000) / 1000.0);
                body.put("leadsPerSecond", Math.round(rate));
                out.println(ImportReports.json(body));
            } else {
                out.printf(Locale.ROOT, "Scored %d lead(s) of tenant %s with rules '%s' version %s in %.1f s (%.0f leads/s)"
                        + "%n", report.scored(), tenant, scorer.rules().name(), report.version(), seconds, rate);
                report.failures().forEach(f -> out.println("  not scored " + f.leadId() + ": " + f.outcome() + ", "
                        + f.reason()));
            }
            return report.failures().isEmpty() ? 0 : 1;
        }
    }

    private static int export(Arguments options, TransferCommands.Target target, PrintStream out, PrintStream err) {
        String file = options.required("out");
        String format = TransferCommands.format(options, file);
        LeadFilter filter = LeadFilter.any();
        if (options.value("status").isPresent()) {
            filter = filter.withStatuses(parseAll(options.value("status").get(), LeadStatus.class).toArray(LeadStatus[]::new));
        }
        if (options.value("source").isPresent()) {
            filter = filter.withSources(parseAll(options.value("source").get(), LeadSource.class).toArray(LeadSource[]::new));
        }
        if (options.value("text").isPresent()) {
            filter = filter.withText(options.value("text").get());
        }
        LeadFilter selected = filter;
        return TransferCommands.export(target, file, format, "leads", out, err, (database, stream) -> {
            Leads leads = Crm.builder().persistence(database.persistence()).build()
                    .session(target.tenant(), Actor.system()).leads();
            return write(leads, selected, format, stream);
        });
    }

    private static long write(Leads leads, LeadFilter filter, String format, OutputStream out) {
        return switch (format) {
            case "csv" -> leads.exportCsv(filter, out);
            case "json" -> leads.exportJson(filter, out);
            default -> throw new Arguments.UsageException("--format must be csv or json, not " + format);
        };
    }

    private static <E extends Enum<E>> List<E> parseAll(String list, Class<E> type) {
        return java.util.Arrays.stream(list.split(","))
                .map(s -> {
                    try {
                        return Enum.valueOf(type, s.strip().toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new Arguments.UsageException("'" + s + "' is not one of "
                                + java.util.Arrays.toString(type.getEnumConstants()));
                    }
                }).toList();
    }
}
