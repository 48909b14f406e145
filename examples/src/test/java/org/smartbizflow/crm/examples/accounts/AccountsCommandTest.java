package org.smartbizflow.crm.examples.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartbizflow.crm.examples.CommandRun;

/** {@code accounts import|export} on an H2 file, as a user runs it. */
class AccountsCommandTest {

    @TempDir
    Path dir;

    private final CommandRun command = new CommandRun();


    @Test
    void importsWithParentsReportsEveryRowThenExportsAndReimportsEdits() throws Exception {
        Path csv = dir.resolve("accounts.csv");
        Files.writeString(csv, """
                Account Name;Website;Industry;Annual Revenue;Currency;Parent Domain;Billing City;Billing Country
                Engines Group plc;group.example;Holding;12000000;GBP;;London;GB
                Engines UK;uk.example;=1+1;;;group.example;;
                Broken;broken.example;;lots;;;Paris;
                """);
        String db = dir.resolve("crm").toString();

        assertThat(command.run("accounts", "import", "--csv", csv.toString(), "--db", db, "--dry-run", "--json"))
                .as(command.err()).isEqualTo(1);
        JsonNode dryRun = new ObjectMapper().readTree(command.out());
        assertThat(dryRun.get("dryRun").asBoolean()).isTrue();
        assertThat(dryRun.get("stored").asInt()).isEqualTo(2);
        assertThat(dryRun.get("parentsSet").asInt()).isEqualTo(1);

        assertThat(command.run("accounts", "import", "--csv", csv.toString(), "--db", db, "--json")).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(command.out());
        assertThat(report.get("rowsRead").asInt()).isEqualTo(3);
        assertThat(report.get("stored").asInt()).isEqualTo(2);
        assertThat(report.get("delimiter").asText()).isEqualTo(";");
        JsonNode rejected = report.get("rejected").get(0);
        assertThat(rejected.get("line").asInt()).isEqualTo(4);
        assertThat(rejected.get("violations")).extracting(v -> v.get("field").asText())
                .containsExactlyInAnyOrder("annualRevenue", "billingCountry");

        assertThat(command.run("accounts", "import", "--csv", csv.toString(), "--db", db)).isEqualTo(1);
        assertThat(command.out()).contains("0 stored, 0 updated, 2 skipped, 1 rejected").contains("line 4: [");

        Path exported = dir.resolve("accounts-export.csv");
        assertThat(command.run("accounts", "export", "--out", exported.toString(), "--db", db)).isZero();
        assertThat(command.err()).contains("Exported 2 accounts");
        String file = Files.readString(exported);
        assertThat(file).contains("Engines Group plc").contains("'=1+1").contains("12000000.00");

        Files.writeString(exported, file.replace("Holding", "Engineering"));
        assertThat(command.run("accounts", "import", "--csv", exported.toString(), "--db", db, "--duplicates", "update"))
                .as(command.out()).isZero();
        assertThat(command.out()).contains("0 stored, 2 updated, 0 skipped, 0 rejected");

        Path json = dir.resolve("accounts.json");
        assertThat(command.run("accounts", "export", "--out", json.toString(), "--db", db, "--industry", "engineering"))
                .isZero();
        JsonNode accounts = new ObjectMapper().readTree(json.toFile());
        assertThat(accounts).hasSize(1);
        assertThat(accounts.get(0).get("legal_name").asText()).isEqualTo("Engines Group plc");
        assertThat(accounts.get(0).get("addresses").get(0).get("city").asText()).isEqualTo("London");
    }

    @Test
    void badUsageIsExplained() {
        assertThat(command.run("accounts")).isEqualTo(2);
        assertThat(command.run("accounts", "import", "--db", dir.resolve("x").toString())).isEqualTo(2);
        assertThat(command.err()).contains("--csv is required");
        assertThat(command.run("accounts", "export", "--out", "-", "--format", "xml", "--db", dir.resolve("y").toString()))
                .isEqualTo(2);
        assertThat(command.run("accounts", "import", "--csv", dir.resolve("missing.csv").toString(), "--db",
                dir.resolve("z").toString())).isEqualTo(2);
        assertThat(command.err()).contains("file").contains("does not exist");
    }
}
