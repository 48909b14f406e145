package org.smartbizflow.crm.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class CrmSchemaTest {

    @Test
    void everyVendorShipsExactlyTheListedScriptsUnderFlywayNames() throws IOException {
        for (DatabaseVendor vendor : DatabaseVendor.values()) {
            Path folder = Path.of("src", "main", "resources").resolve(vendor.scriptFolder());
            try (Stream<Path> files = Files.list(folder)) {
                List<String> names = files.map(path -> path.getFileName().toString())
                        .sorted(java.util.Comparator.comparingInt(
                                (String name) -> Integer.parseInt(name.substring(1, name.indexOf("__")))))
                        .toList();
                assertThat(names).as(vendor.name()).containsExactlyElementsOf(CrmSchema.SCRIPTS)
                        .allMatch(name -> name.matches("V\\d+__\\w+\\.sql"));
            }
            for (String script : CrmSchema.SCRIPTS) {
                assertThat(getClass().getClassLoader().getResource(vendor.scriptFolder() + "/" + script))
                        .as("%s on the class path", script).isNotNull();
            }
        }
    }

    @Test
    void splitsScriptsIntoStatementsSkippingComments() {
        List<String> statements = CrmSchema.statements("""
                -- a comment; with a semicolon
                create table a (
                    x int
                );

                create index a_ix on a (x);
                """);

        assertThat(statements).containsExactly("create table a (\n    x int\n)", "create index a_ix on a (x)");
    }

    @Test
    void refusesAScriptThatDoesNotEndItsLastStatement() {
        assertThatThrownBy(() -> CrmSchema.statements("create table a (x int)"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesToRunWhenAnAppliedScriptWasEdited() throws SQLException {
        DataSource dataSource = TestDatabase.h2().isolatedDataSource();
        CrmSchema.migrate(dataSource, DatabaseVendor.H2);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update crm_schema_history set checksum = checksum + 1 where version = 1");
        }

        assertThatThrownBy(() -> CrmSchema.migrate(dataSource, DatabaseVendor.H2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("V1__leads_outbox_audit.sql");
    }

    @Test
    void aFailingScriptLeavesNoHistoryRow() throws SQLException {
        DataSource dataSource = TestDatabase.h2().isolatedDataSource();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // A table in the way makes the first statement of V1 fail.
            statement.execute("create table crm_lead (id int)");
        }

        assertThatThrownBy(() -> CrmSchema.migrate(dataSource, DatabaseVendor.H2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("V1__leads_outbox_audit.sql");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from crm_schema_history")) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
        }
    }
}
