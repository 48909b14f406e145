package org.smartbizflow.crm.examples.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartbizflow.crm.examples.CommandRun;

/** {@code contacts import|export} on an H2 file, as a user runs it. */
class ContactsCommandTest {

    @TempDir
    Path dir;

    private final CommandRun command = new CommandRun();


    @Test
    void importsWithAccountsReportsEveryRowAsJsonThenExportsFormulaSafe() throws Exception {
        Path csv = dir.resolve("contacts.csv");
        Files.writeString(csv, """
                Name;E-mail;Phone;Company;Job title
                Ada Lovelace;ada@engines.example;020 7946 0000;Analytical Engines;=1+1
                Charles Babbage;charles@engines.example;;analytical engines;Engineer
                Bob;bob@;;;
                """);
        String db = dir.resolve("crm").toString();

        assertThat(command.run("contacts", "import", "--csv", csv.toString(), "--db", db, "--region", "GB", "--json"))
                .as(command.err()).isEqualTo(1);
        JsonNode refused = new ObjectMapper().readTree(command.out());
        assertThat(refused.get("stored").asInt()).isZero();
        assertThat(refused.get("rejected").get(0).get("violations").get(0).get("field").asText())
                .isEqualTo("account");

        assertThat(command.run("contacts", "import", "--csv", csv.toString(), "--db", db, "--region", "GB",
                "--create-accounts", "--dry-run", "--json")).isEqualTo(1);
        JsonNode dryRun = new ObjectMapper().readTree(command.out());
        assertThat(dryRun.get("dryRun").asBoolean()).isTrue();
        assertThat(dryRun.get("stored").asInt()).isEqualTo(2);
        assertThat(dryRun.get("accountsCreated").asInt()).isEqualTo(1);

        int exit = command.run("contacts", "import", "--csv", csv.toString(), "--db", db, "--region", "GB",
                "--create-accounts", "--json");
        assertThat(exit).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(command.out());
        assertThat(report.get("rowsRead").asInt()).isEqualTo(3);
        assertThat(report.get("stored").asInt()).isEqualTo(2);
        assertThat(report.get("accountsCreated").asInt()).isEqualTo(1);
        assertThat(report.get("delimiter").asText()).isEqualTo(";");
        assertThat(report.get("rejected").get(0).get("line").asInt()).isEqualTo(4);
        assertThat(report.get("rejected").get(0).get("violations").get(0).get("field").asText()).isEqualTo("email");

        assertThat(command.run("contacts", "import", "--csv", csv.toString(), "--db", db, "--region", "GB")).isEqualTo(1);
        assertThat(command.out()).contains("0 stored, 0 updated, 2 skipped, 1 rejected").contains("line 4: [email:");

        assertThat(command.run("contacts", "export", "--out", "-", "--db", db)).isZero();
        assertThat(command.out()).contains("Ada Lovelace").contains("'+442079460000").contains("'=1+1")
                .doesNotContain("bob@");
        assertThat(command.err()).contains("Exported 2 contacts");

        Path json = dir.resolve("contacts.json");
        assertThat(command.run("contacts", "export", "--out", json.toString(), "--db", db, "--text", "charles")).isZero();
        JsonNode exported = new ObjectMapper().readTree(json.toFile());
        assertThat(exported).hasSize(1);
        assertThat(exported.get(0).get("job_title").asText()).isEqualTo("Engineer");
    }

    @Test
    void badUsageIsExplained() {
        assertThat(command.run("contacts")).isEqualTo(2);
        assertThat(command.run("contacts", "import", "--db", dir.resolve("x").toString())).isEqualTo(2);
        assertThat(command.err()).contains("--csv is required");
        assertThat(command.run("contacts", "export", "--out", "-", "--format", "xml", "--db", dir.resolve("y").toString()))
                .isEqualTo(2);
        assertThat(command.run("contacts", "import", "--csv", dir.resolve("missing.csv").toString(), "--db",
                dir.resolve("z").toString())).isEqualTo(2);
        assertThat(command.err()).contains("file").contains("does not exist");
    }
}
