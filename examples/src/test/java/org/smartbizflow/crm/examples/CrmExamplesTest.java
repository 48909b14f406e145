package org.smartbizflow.crm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrmExamplesTest {

    @TempDir
    Path dir;

    private final CommandRun command = new CommandRun();


    @Test
    void theDemoWalksTheLeadLifecycleOnAnH2File() {
        int exit = command.run("demo", "--db", dir.resolve("demo").toString());

        assertThat(exit).isZero();
        assertThat(command.out())
                .contains("refused: name: must not be blank")
                .contains("rejected line 3, email")
                .contains("refused QUALIFIED -> CONVERTED: a lead is converted only by converting it")
                .contains("QUALIFIED -> CONVERTED by convert: account ")
                .contains("refused CONVERTED -> QUALIFIED: a converted lead is final")
                .contains("rep-grace reading Babbage")
                .contains("EMAIL group")
                .contains("merged: Merged; again: AlreadyMerged")
                .contains("is now MERGED into")
                .contains(": APPLIED")
                .contains("moving the group under its own grandchild: Analytische Maschinen GmbH is below")
                .contains("roll-up: 3 accounts, 2 levels, revenue [16750000.00 GBP]")
                .contains("around the group (3 hops): [Analytical Engines Group plc@0]")
                .contains("around the GmbH (1 hop): [Analytische Maschinen GmbH@0, Shady Trading Ltd@1]")
                .contains("preview: 2 of 5 accounts would move")
                .contains("the group is in UK large, the GmbH in DACH")
                .contains("screened Shady Trading Ltd: [SANCTIONS DEMO-LIST: Shady Trading Ltd (demo-1)]")
                .contains("due for review today: [Shady Trading Ltd]")
                .contains("tagged 1 lead(s) with 500+ employees as 'enterprise'")
                .contains("Mary Somerville: score 100, tags [enterprise], employees 600, campaign Spring Fair 2026")
                .contains("CAMPAIGN spring-fair: 2 leads, conversion 0%")
                .contains("median time to qualify: PT")
                .contains("== Done: 5 leads")
                .contains("Web lead 1 -> ann", "Web lead 2 -> bob", "Web lead 3 -> ann", "Web lead 4 -> bob",
                        "Web lead 5 -> queue", "Greta Gross (DE, 1200 employees) -> eve")
                .contains("reassign by rules: [APPLIED ann]")
                .contains("e-mail to web1@globex.example: \"Welcome to Globex, Web lead 1\"")
                .contains("step welcome: DONE (sent as message ")
                .contains("step welcome: SKIPPED (not sent: no valid e-mail consent (NO_CONSENT))")
                .doesNotContain("e-mail to web2@globex.example")
                .contains("step pause: DONE")
                .contains("a second scheduler run finds 0 due steps")
                .contains("ENG-RETRO lists at 1200.50 EUR")
                .contains("gross 3601.50 EUR, discount 360.15 EUR, net 3241.35 EUR, tax 615.86 EUR, total 3857.21 EUR")
                .contains("created Q-000001 rev. 1, send: Changed[from=DRAFT, to=SENT]")
                .contains("revise: Changed[from=SENT, to=DRAFT]")
                .contains("Q-000001 rev. 2 total 4392.71 EUR (1 earlier revision kept)")
                .contains("rendered HTML escapes the description: true")
                .contains("accept: Changed[from=SENT, to=ACCEPTED]")
                .contains("a second quote for the deal: Refused[status=SENT, reason=the deal already has an accepted quote: Q-000001]")
                .contains("accepted this month: 1 quote(s), net 3691.35 EUR")
                .contains("Orrery service contract to Renewals moved")
                .contains("it is now in Renewals at 60")
                .contains("proposal DRAFT with versions [retrofit.pdf, retrofit-v2.pdf]")
                .contains("contract worth 3691.35 EUR")
                .contains("due for renewal within a year: true")
                .contains("renewed: next term")
                .contains("move to Negotiation refused: stage 'Negotiation' requires [PRIMARY_CONTACT] to be set")
                .contains("Loom automation moved")
                .contains("Closed Won: 1 deal(s), total 45000.00 EUR, weighted 45000.00 EUR")
                .contains("Negotiation: 1 deal(s), total 140400.00 EUR, weighted 112320.00 EUR")
                .contains("Closed Lost: 1 deal(s), total 27600.00 EUR, weighted 0.00 EUR")
                .contains("board total 213000.00 EUR, weighted 157320.00 EUR")
                .contains("closed 45000.00 EUR, commit 185400.00 EUR, best case 185400.00 EUR, weighted 157320.00 EUR")
                .contains("without a mapping: refused")
                .contains("with a mapping to Prospecting: Applied; Orrery upgrade is in Prospecting")
                .contains("refused a second contact for cb@home.example")
                .contains("Babbage -> Ada: refused")
                .contains("may e-mail Ada before consent: Denied[reason=NO_CONSENT]")
                .contains("confirmed: Confirmed; may e-mail now: true")
                .contains("segment vip: 1")
                .contains("segment big accounts or analysts: 2")
                .contains("saved segment VIPs: 1 member(s)")
                .contains("now named (erased)")
                .contains("export after erasure mentions ada@engines.example: false")
                .contains("stand-up series: 11 occurrences")
                .contains("refused, rep-grace is busy: Project stand-up 2027-01-04 09:00")
                .contains("sees rep-ada's private meeting as: Busy")
                .contains("notify rep-ada: Meeting \"Project stand-up\" at 2027-01-04 09:00 (Europe/Berlin)")
                .contains("delivered 1, polling again delivers 0")
                .contains("follow-up: CALL 'Call back: Budget question' on 2027-01-12 11:00")
                .contains("RRULE:FREQ=WEEKLY;BYDAY=MO,TH;COUNT=12")
                .contains("the stand-up of 2027-01-14 09:00 now takes place 2027-01-15 10:00")
                .contains("changed occurrence: RECURRENCE-ID;TZID=Europe/Berlin:20270114T090000")
                .contains("imported 2, rejected 1: ")
                .contains("time zone 'Customized Time Zone' is neither an IANA nor a Windows zone name")
                .contains("'GMT Standard Time' (Windows) read as Europe/London: 2027-01-12 10:00")
                .contains("overdue tasks of rep-ada: 1")
                .contains("default from the builder: templates [call-back, demo], "
                        + "rules [CALL 'no answer' -> template call-back in 2 business days]")
                .contains("changed: CALL 'no answer' -> own TASK 'Check: {{subject}}' in 1 business day (version 1)")
                .contains("added: CALL 'left voicemail' -> template voicemail-retry in 3 business days")
                .contains("refused: rule.templateKey: template 'demo' uses {{company}}, {{product}}")
                .contains("follow-up after 'no answer': TASK 'Check: Budget call' on 2027-01-11 11:00")
                .contains("follow-up after 'Left voicemail': CALL 'Voicemail retry: Budget call' on 2027-01-13 11:00")
                .contains("Linus on capture: 45.0, grade B (rules 2026-11-01)")
                .contains("decision-maker (title VP Engineering): +15.0 points")
                .contains("meeting (1 x MEETING_HELD): +")
                .contains("next for Linus (idle 0 day(s), tone of the last notes 0.")
                .contains("progress: 2 of 2")
                .contains("re-scored 2 lead(s) with rules 2026-11-24, 0 failure(s)")
                .contains("Linus now: ")
                .doesNotContain("Starting over");
        assertThat(Files.exists(dir.resolve("demo.mv.db"))).isTrue();

        assertThat(command.run("demo", "--db", dir.resolve("demo").toString())).isZero();
        assertThat(command.out()).contains("== Starting over: removed the previous run's ").contains("Linus now: ");
    }

    @Test
    void leadsImportReportsEveryRowAsJsonThenExportsThem() throws Exception {
        Path csv = dir.resolve("leads.csv");
        Files.writeString(csv, "name;email;phone\nAda;ada@x.example;020 7946 0000\nBob;bob@;\n");
        String db = dir.resolve("crm").toString();

        int exit = command.run("leads", "import", "--csv", csv.toString(), "--db", db, "--region", "GB", "--json");

        assertThat(exit).as(command.err()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(command.out());
        assertThat(report.get("rowsRead").asInt()).isEqualTo(2);
        assertThat(report.get("stored").asInt()).isEqualTo(1);
        assertThat(report.get("delimiter").asText()).isEqualTo(";");
        assertThat(report.get("rejected").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(report.get("rejected").get(0).get("violations").get(0).get("field").asText()).isEqualTo("email");

        assertThat(command.run("leads", "export", "--out", "-", "--db", db)).isZero();
        assertThat(command.out()).contains("Ada").contains("'+442079460000").doesNotContain("Bob");
    }

    @Test
    void leadsScoreReScoresTheStaleLeadsWithARuleFileAndReportsEachFailure() throws Exception {
        Path csv = dir.resolve("scored.csv");
        Files.writeString(csv, "name,email,source\nAda,ada@engines.example,REFERRAL\nBob,bob@uni.edu,WEB_FORM\n");
        String db = dir.resolve("scored").toString();
        assertThat(command.run("leads", "import", "--csv", csv.toString(), "--db", db, "--json")).isZero();
        Path rules = Path.of("rules", "inbound-b2b.json");

        assertThat(command.run("leads", "score", "--rules", rules.toString(), "--db", db, "--json"))
                .as(command.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(command.out());
        assertThat(report.get("scored").asInt()).isEqualTo(2);
        assertThat(report.get("version").asText()).isEqualTo("2026-11-24");
        assertThat(report.get("failures")).isEmpty();

        assertThat(command.run("leads", "score", "--rules", rules.toString(), "--db", db)).isZero();
        assertThat(command.out()).contains("Scored 0 lead(s) of tenant acme with rules 'Inbound B2B' version 2026-11-24");
        assertThat(command.run("leads", "score", "--rules", rules.toString(), "--db", db, "--scored-before",
                "2999-01-01T00:00:00Z")).isZero();
        assertThat(command.out()).contains("Scored 2 lead(s)");
        assertThat(command.run("leads", "export", "--out", "-", "--db", db, "--format", "json")).isZero();
        // referral: 10 of 60 fit points, weighted 0.6; a student's .edu costs more than it has
        assertThat(command.out()).contains("\"name\":\"Ada\"").contains("\"score\":\"10\"").contains("\"score\":\"0\"");

        Path bad = dir.resolve("bad-rules.json");
        Files.writeString(bad, "{ \"name\": \"x\", \"fit\": { \"rules\": [ { \"id\": \"a\", \"pionts\": 3 } ] } }");
        assertThat(command.run("leads", "score", "--rules", bad.toString(), "--db", db)).isEqualTo(2);
        assertThat(command.err()).contains("error: Invalid input").contains("version")
                .contains("pionts");
        assertThat(command.run("leads", "score", "--rules", rules.toString(), "--db", db, "--scored-before", "yesterday"))
                .isEqualTo(2);
        assertThat(command.err()).contains("--scored-before must be an instant");
    }

    @Test
    void badUsageIsExplained() {
        assertThat(command.run("leads", "import", "--db", dir.resolve("x").toString())).isEqualTo(2);
        assertThat(command.err()).contains("--csv is required");
        assertThat(command.run("nonsense")).isEqualTo(2);
        assertThat(command.run("leads", "import", "--csv", dir.resolve("missing.csv").toString(), "--db",
                dir.resolve("y").toString())).isEqualTo(2);
        assertThat(command.err()).contains("file").contains("does not exist");
    }
}
