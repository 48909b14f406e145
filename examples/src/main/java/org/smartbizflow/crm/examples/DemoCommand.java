package org.smartbizflow.crm.examples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Files;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.smartbizflow.crm.core.AccessPolicies;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.CrmSession;
import org.smartbizflow.crm.examples.demo.SalesDemo;
import org.smartbizflow.crm.examples.support.Arguments;
import org.smartbizflow.crm.examples.support.Database;
import org.smartbizflow.crm.lead.DuplicateGroup;
import org.smartbizflow.crm.lead.LeadDimension;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.LeadStatus;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.lead.MergeResult;
import org.smartbizflow.crm.lead.StatusChange;
import org.smartbizflow.crm.lead.port.in.BulkLeadAction;
import org.smartbizflow.crm.lead.port.in.BulkLeadCommand;
import org.smartbizflow.crm.lead.port.in.BulkReport;
import org.smartbizflow.crm.lead.port.in.CaptureLead;
import org.smartbizflow.crm.lead.port.in.ChangeLeadStatus;
import org.smartbizflow.crm.lead.port.in.ImportOptions;
import org.smartbizflow.crm.lead.port.in.ImportReport;
import org.smartbizflow.crm.lead.port.in.LeadBreakdown;
import org.smartbizflow.crm.lead.port.in.LeadSelection;
import org.smartbizflow.crm.lead.port.in.ListLeads;
import org.smartbizflow.crm.lead.port.in.MergeLeads;
import org.smartbizflow.crm.shared.AccessDeniedException;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.CountryCode;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.port.in.RowRejection;

/**
 * The quick-start host: wires the CRM on an embedded H2 file database the way a real host
 * wires it on its own database, then walks through the lead lifecycle and prints what it did.
 */
final class DemoCommand {

    private DemoCommand() {
    }

    static int run(List<String> args, PrintStream out) {
        Arguments options = Arguments.parse(args, Set.of("db"), Set.of());
        String db = options.value("db").orElse("crm-demo/crm");
        startOver(db, out);
        try (Database database = Database.open(db, "sa", "")) {
            out.println("== Wiring the CRM on " + database.url());
            Crm crm = Crm.builder()
                    .persistence(database.persistence())
                    .clock(Clock.systemUTC())
                    .events(envelope -> out.println("   event: " + envelope.event().type() + " " + envelope.event().aggregateId()))
                    .accessPolicy(AccessPolicies.ownerOrManager())
                    .build();
            TenantId tenant = TenantId.of("acme");
            CrmSession ada = crm.session(tenant, Actor.user("rep-ada", Role.SALES_REP));
            CrmSession grace = crm.session(tenant, Actor.user("rep-grace", Role.SALES_REP));
            CrmSession boss = crm.session(tenant, Actor.user("mgr-mary", Role.SALES_MANAGER));

            out.println("== Capturing leads as two sales reps");
            LeadId babbage = ada.leads().capture(new CaptureLead("Charles Babbage", "Difference Engines Ltd",
                    EmailAddress.of("charles@engines.example"), PhoneNumber.parse("+44 20 7946 0001"), LeadSource.WEB_FORM));
            LeadId hopper = grace.leads().capture(new CaptureLead("Grace Hopper", "COBOL Consulting",
                    EmailAddress.of("grace@cobol.example"), null, LeadSource.REFERRAL));
            out.println("   captured " + babbage + " (Babbage, owned by rep-ada) and " + hopper + " (Hopper, rep-grace)");

            out.println("== Bad input is refused with the field and the problem");
            try {
                ada.leads().capture(new CaptureLead(" ", null, null, null, null));
            } catch (ValidationException e) {
                e.violations().forEach(v -> out.println("   refused: " + v));
            }

            out.println("== Importing a CSV with one bad row (national phone numbers read as GB)");
            String csv = "Full name;Company;E-mail;Phone\n"
                    + "Ada Lovelace;Analytical Engines;ada@engines.example;020 7946 0000\n"
                    + "Alan Turing;Bletchley Park;alan@bletchley;\n"
                    + "Mary Somerville;;mary@science.example;\n";
            ImportReport report = ada.leads().importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                    ImportOptions.defaults().phoneRegion(CountryCode.of("GB")));
            out.println("   read " + report.rowsRead() + " rows (delimiter '" + report.delimiter() + "', "
                    + report.charset() + "): stored " + report.stored() + ", rejected " + report.rejected().size());
            for (RowRejection rejection : report.rejected()) {
                out.println("   rejected line " + rejection.line() + ", " + rejection.field() + ": " + rejection.reason());
            }

            out.println("== What each user sees");
            printLeads(out, "rep-ada", ada.leads().list(ListLeads.firstPage(LeadFilter.any())).items());
            printLeads(out, "mgr-mary", boss.leads().list(ListLeads.firstPage(LeadFilter.any())).items());
            try {
                grace.leads().get(babbage);
            } catch (AccessDeniedException e) {
                out.println("   rep-grace reading Babbage: " + e.getMessage());
            }

            out.println("== Qualifying and converting Babbage");
            report(out, ada.leads().changeStatus(ChangeLeadStatus.of(babbage, LeadStatus.WORKING)));
            report(out, ada.leads().changeStatus(ChangeLeadStatus.of(babbage, LeadStatus.QUALIFIED)));
            report(out, ada.leads().changeStatus(ChangeLeadStatus.of(babbage, LeadStatus.CONVERTED)));
            if (ada.leads().convert(org.smartbizflow.crm.lead.port.in.ConvertLead.of(babbage))
                    instanceof org.smartbizflow.crm.lead.port.in.ConversionResult.Converted converted) {
                out.println("   QUALIFIED -> CONVERTED by convert: account " + converted.accountId() + ", contact "
                        + converted.contactId());
            }
            report(out, ada.leads().changeStatus(ChangeLeadStatus.of(babbage, LeadStatus.QUALIFIED)));

            out.println("== Duplicates: Ada signs up again on the web form");
            LeadId again = grace.leads().capture(new CaptureLead("Ada Lovelace", "Analytical Engines Ltd",
                    EmailAddress.of("ADA@engines.example"), null, LeadSource.WEB_FORM));
            for (DuplicateGroup group : boss.leads().scanDuplicates(LeadFilter.any())) {
                out.println("   " + group.rule() + " group: " + group.leads());
                MergeResult merged = boss.leads().merge(MergeLeads.of(group.leads().get(0), group.leads().get(1)));
                out.println("   merged: " + merged.getClass().getSimpleName() + "; again: "
                        + boss.leads().merge(MergeLeads.of(group.leads().get(0), group.leads().get(1))).getClass().getSimpleName());
            }
            out.println("   " + again + " is now " + boss.leads().get(again).status() + " into "
                    + boss.leads().get(again).mergedInto());

            out.println("== Bulk: the manager hands every imported lead to rep-grace");
            BulkReport handover = boss.leads().apply(new BulkLeadCommand(
                    LeadSelection.matching(LeadFilter.any().withSources(LeadSource.IMPORT)),
                    BulkLeadAction.assignTo(UserId.of("rep-grace"))));
            handover.items().forEach(item -> out.println("   " + item.leadId() + ": " + item.outcome()));

            out.println("== Leads by source (aggregate query)");
            for (LeadBreakdown.Row row : boss.leads().breakdown(LeadFilter.any(), LeadDimension.SOURCE).rows()) {
                out.println("   " + row.group() + ": " + row.total() + " leads, " + row.converted() + " converted ("
                        + row.conversionRate().movePointRight(2).stripTrailingZeros().toPlainString() + "%)");
            }

            out.println("== Audit trail of Babbage");
            for (AuditEntry entry : database.persistence().transactions().inTransaction(() ->
                    database.persistence().auditLog().history(tenant, "Lead", babbage.toString()))) {
                out.println("   " + entry.at() + " " + entry.actor() + " " + entry.field() + ": "
                        + entry.oldValue() + " -> " + entry.newValue());
            }

            out.println("== Export (CSV, formula-safe)");
            ByteArrayOutputStream exported = new ByteArrayOutputStream();
            long rows = boss.leads().exportCsv(LeadFilter.any().withStatuses(LeadStatus.NEW), exported);
            exported.toString(StandardCharsets.UTF_8).lines().limit(3).forEach(line -> out.println("   " + line));
            out.println("   (" + rows + " NEW leads exported)");
            org.smartbizflow.crm.examples.demo.AccountsDemo.run(database.persistence(), tenant, out);
            org.smartbizflow.crm.examples.demo.LeadProfileDemo.run(boss, out);
            SalesDemo.run(boss, ada, Clock.systemUTC(), out);
            org.smartbizflow.crm.examples.demo.OpportunityDemo.run(database.persistence(), tenant, Clock.systemUTC(), out);
            org.smartbizflow.crm.examples.demo.ContactsDemo.run(crm, tenant, out);
            org.smartbizflow.crm.examples.demo.ActivitiesDemo.run(database.persistence(), out);
            org.smartbizflow.crm.examples.demo.ActivityPlaybookDemo.run(database.persistence(), out);
            org.smartbizflow.crm.examples.demo.LeadScoringDemo.run(database.persistence(), out);
            long total = boss.leads().count(ListLeads.firstPage(LeadFilter.any()));
            out.println("== Done: " + total + " leads for tenant acme in " + database.url());
            org.smartbizflow.crm.examples.demo.LeadRoutingDemo.run(database.persistence(), out);
        }
        return 0;
    }

    /**
     * The demo tells one story from an empty database (it edits the default pipeline, for
     * one), so a second run on the same H2 file starts from a fresh file.
     */
    private static void startOver(String db, PrintStream out) {
        if (db.startsWith("jdbc:")) {
            return;
        }
        Path file = Path.of(db + ".mv.db").toAbsolutePath();
        try {
            if (Files.deleteIfExists(file)) {
                out.println("== Starting over: removed the previous run's " + file);
            }
            Files.deleteIfExists(Path.of(db + ".trace.db"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the previous run's " + file + ": " + e.getMessage(), e);
        }
    }

    private static void printLeads(PrintStream out, String who, List<LeadView> leads) {
        out.println("   " + who + " sees " + leads.size() + " lead(s):");
        for (LeadView lead : leads) {
            out.println("     - " + lead.name() + (lead.company() == null ? "" : " (" + lead.company() + ")")
                    + " " + lead.status() + ", owner " + lead.ownerId()
                    + (lead.phone() == null ? "" : ", " + lead.phone()));
        }
    }

    private static void report(PrintStream out, StatusChange change) {
        if (change instanceof StatusChange.Changed changed) {
            out.println("   " + changed.from() + " -> " + changed.to());
        } else if (change instanceof StatusChange.Refused refused) {
            out.println("   refused " + refused.from() + " -> " + refused.to() + ": " + refused.reason());
        } else {
            out.println("   unchanged");
        }
    }
}
