package org.smartbizflow.crm.examples;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;
import org.smartbizflow.crm.jpa.CrmSchema;
import org.smartbizflow.crm.jpa.DatabaseVendor;
import org.smartbizflow.crm.jpa.EmbeddedPostgresBinaries;
import org.smartbizflow.crm.jpa.JpaCrmPersistence;

/**
 * The databases the end-to-end tests of the examples run on: H2 and an embedded PostgreSQL
 * always, and the PostgreSQL and MariaDB servers that {@code CRM_TEST_POSTGRES_URL} and
 * {@code CRM_TEST_MARIADB_URL} name (skipped when unset, failed when {@code CI=true}). Each run
 * gets a fresh database or schema with the CRM's tables, and the store bootstrapped on it.
 */
public final class Databases {

    private static EmbeddedPostgres embedded;

    private Databases() {
    }

    public static void onH2(Consumer<JpaCrmPersistence> scenario) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:crm" + marker() + ";DB_CLOSE_DELAY=-1");
        run(dataSource, DatabaseVendor.H2, scenario);
    }

    /** On one embedded PostgreSQL for the whole test run, started on first use, in a fresh schema. */
    public static void onEmbeddedPostgres(Consumer<JpaCrmPersistence> scenario) throws SQLException {
        DataSource server = embeddedPostgres();
        String schema = "crm_" + marker();
        try (Connection c = server.getConnection(); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL("jdbc:postgresql://localhost:" + embedded.getPort() + "/postgres?user=postgres");
        dataSource.setCurrentSchema(schema);
        run(dataSource, DatabaseVendor.POSTGRESQL, scenario);
    }

    public static void onPostgresServer(Consumer<JpaCrmPersistence> scenario) throws SQLException {
        String url = serverUrl("CRM_TEST_POSTGRES_URL");
        String schema = "crm_" + marker();
        execute(url, "create schema " + schema);
        try {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(url);
            dataSource.setCurrentSchema(schema);
            run(dataSource, DatabaseVendor.POSTGRESQL, scenario);
        } finally {
            execute(url, "drop schema " + schema + " cascade");
        }
    }

    public static void onMariaDbServer(Consumer<JpaCrmPersistence> scenario) throws SQLException {
        String url = serverUrl("CRM_TEST_MARIADB_URL");
        String database = "crm_" + marker();
        execute(url, "create database " + database);
        try {
            String databaseUrl = url.replaceFirst("(jdbc:mariadb://[^/]+/)[^?]*", "$1" + database);
            run(new DriverManagerSource(databaseUrl), DatabaseVendor.MARIADB, scenario);
        } finally {
            execute(url, "drop database " + database);
        }
    }

    /** A name part no other run of this or another test uses. */
    public static String marker() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static void run(DataSource dataSource, DatabaseVendor vendor, Consumer<JpaCrmPersistence> scenario) {
        CrmSchema.migrate(dataSource, vendor);
        try (JpaCrmPersistence store = JpaCrmPersistence.bootstrap(dataSource, vendor)) {
            scenario.accept(store);
        }
    }

    private static synchronized DataSource embeddedPostgres() {
        if (embedded == null) {
            try {
                Path workingDirectory = Path.of(System.getProperty("java.io.tmpdir"), "crm-embedded-pg");
                EmbeddedPostgresBinaries.prepare(workingDirectory);
                embedded = EmbeddedPostgres.builder().setOverrideWorkingDirectory(workingDirectory.toFile())
                        .setPGStartupWait(Duration.ofSeconds(60)).start();
            } catch (IOException e) {
                throw new UncheckedIOException("the embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException e) {
                    // the JVM is ending; the process goes with it
                }
            }));
        }
        return embedded.getPostgresDatabase();
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

    /** A data source that asks the driver manager for each connection. */
    private record DriverManagerSource(String url) implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url);
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // no logging
        }

        @Override
        public void setLoginTimeout(int seconds) {
            DriverManager.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() {
            return DriverManager.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
