package org.smartbizflow.crm.examples;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assumptions;
import org.smartbizflow.crm.examples.support.Database;
import org.smartbizflow.crm.jpa.EmbeddedPostgresBinaries;
import org.smartbizflow.crm.jpa.JpaCrmPersistence;

/**
 * The databases the end-to-end tests of the examples run on: H2 and an embedded PostgreSQL
 * always, and the PostgreSQL and MariaDB servers that {@code CRM_TEST_POSTGRES_URL} and
 * {@code CRM_TEST_MARIADB_URL} name (skipped when unset, failed when {@code CI=true}). Each run
 * gets a fresh database or schema, opened as the example apps open theirs ({@link Database}:
 * the CRM's tables migrated, the store bootstrapped).
 */
public final class Databases {

    /** One of the databases, for {@code @EnumSource(Databases.Kind.class)} in a parameterised test. */
    public enum Kind {
        H2, EMBEDDED_POSTGRES, POSTGRES_SERVER, MARIADB_SERVER;

        /** Runs the scenario on a fresh database of this kind (skipped or failed as the class says). */
        public void run(Consumer<JpaCrmPersistence> scenario) throws SQLException {
            switch (this) {
                case H2 -> onH2(scenario);
                case EMBEDDED_POSTGRES -> onEmbeddedPostgres(scenario);
                case POSTGRES_SERVER -> onPostgresServer(scenario);
                case MARIADB_SERVER -> onMariaDbServer(scenario);
            }
        }
    }

    private static EmbeddedPostgres embedded;

    private Databases() {
    }

    private static void onH2(Consumer<JpaCrmPersistence> scenario) {
        run("jdbc:h2:mem:crm" + marker() + ";DB_CLOSE_DELAY=-1", scenario);
    }

    /** On one embedded PostgreSQL for the whole test run, started on first use, in a fresh schema. */
    private static void onEmbeddedPostgres(Consumer<JpaCrmPersistence> scenario) throws SQLException {
        String url = "jdbc:postgresql://localhost:" + embeddedPostgres().getPort() + "/postgres?user=postgres";
        inSchema(url, scenario);
    }

    private static void onPostgresServer(Consumer<JpaCrmPersistence> scenario) throws SQLException {
        inSchema(serverUrl("CRM_TEST_POSTGRES_URL"), scenario);
    }

    private static void onMariaDbServer(Consumer<JpaCrmPersistence> scenario) throws SQLException {
        String url = serverUrl("CRM_TEST_MARIADB_URL");
        String database = "crm_" + marker();
        execute(url, "create database " + database);
        try {
            run(url.replaceFirst("(jdbc:mariadb://[^/]+/)[^?]*", "$1" + database), scenario);
        } finally {
            execute(url, "drop database " + database);
        }
    }

    /** A name part no other run of this or another test uses. */
    public static String marker() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static void inSchema(String url, Consumer<JpaCrmPersistence> scenario) throws SQLException {
        String schema = "crm_" + marker();
        execute(url, "create schema " + schema);
        try {
            run(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, scenario);
        } finally {
            execute(url, "drop schema " + schema + " cascade");
        }
    }

    /** Opens the database as the example apps do (the CRM's tables migrated on open). */
    private static void run(String url, Consumer<JpaCrmPersistence> scenario) {
        try (Database database = Database.open(url, null, null)) {
            scenario.accept(database.persistence());
        }
    }

    private static synchronized EmbeddedPostgres embeddedPostgres() {
        if (embedded == null) {
            try {
                Path workingDirectory = Path.of(System.getProperty("java.io.tmpdir"), "crm-embedded-pg");
                EmbeddedPostgresBinaries.prepare(workingDirectory);
                embedded = EmbeddedPostgres.builder().setOverrideWorkingDirectory(workingDirectory.toFile())
                        .setPGStartupWait(Duration.ofSeconds(60)).start();
            } catch (IOException e) {
                throw new UncheckedIOException("the embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = embedded;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is ending; the server process goes with it
                }
            }));
        }
        return embedded;
    }

    private static String serverUrl(String variable) {
        String url = System.getenv(variable);
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(variable + " is not set, but CI=true requires this database to be tested");
            }
            Assumptions.abort(variable + " is not set: this database is skipped");
        }
        return url;
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
