package org.smartbizflow.crm.jpa;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.LoggerFactory;
import org.smartbizflow.crm.forecast.port.out.ForecastSnapshotRepository;

/**
 * A database the tests run on, started or reached once per test JVM and shared by every test
 * class (the contract suites work in fresh tenants, so they need no cleanup). Each gives
 * isolated, empty schemas ({@link #isolatedDataSource()}) that are dropped when the JVM ends,
 * and one migrated {@link #persistence()} bootstrapped on such a schema.
 *
 * <p>Servers are named by environment variables. Unset, their tests are skipped, except when
 * {@code CI=true}, where a missing or unreachable server fails the build.
 */
abstract class TestDatabase {

    static final String POSTGRES_URL_VARIABLE = "CRM_TEST_POSTGRES_URL";
    static final String MARIADB_URL_VARIABLE = "CRM_TEST_MARIADB_URL";

    private static final Once<TestDatabase> H2 = new Once<>(H2Database::new);
    private static final Once<TestDatabase> EMBEDDED_POSTGRES = new Once<>(EmbeddedPostgresDatabase::new);
    private static final Once<TestDatabase> POSTGRES_SERVER = new Once<>(
            () -> new PostgresServerDatabase(serverUrl(POSTGRES_URL_VARIABLE,
                    "jdbc:postgresql://127.0.0.1:5432/test?user=postgres")));
    private static final Once<TestDatabase> MARIADB_SERVER = new Once<>(
            () -> new MariaDbServerDatabase(serverUrl(MARIADB_URL_VARIABLE,
                    "jdbc:mariadb://127.0.0.1:3306/test?user=root")));

    private static final java.util.Set<String> WARNED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final List<Runnable> cleanups = new ArrayList<>();
    private JpaCrmPersistence shared;
    private DataSource sharedDataSource;

    static TestDatabase h2() {
        return H2.get();
    }

    static TestDatabase embeddedPostgres() {
        return EMBEDDED_POSTGRES.get();
    }

    static TestDatabase postgresServer() {
        return POSTGRES_SERVER.get();
    }

    static TestDatabase mariaDbServer() {
        return MARIADB_SERVER.get();
    }

    TestDatabase() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::cleanUp, getClass().getSimpleName() + "-cleanup"));
    }

    abstract DatabaseVendor vendor();

    /** A new empty schema (or database) of this JVM, dropped at its end. */
    abstract DataSource isolatedDataSource();

    /** The shared, migrated store of this JVM. */
    final synchronized JpaCrmPersistence persistence() {
        if (shared == null) {
            DataSource dataSource = isolatedDataSource();
            CrmSchema.migrate(dataSource, vendor());
            shared = JpaCrmPersistence.bootstrap(dataSource, vendor());
            sharedDataSource = dataSource;
            JpaCrmPersistence created = shared;
            cleanups.add(0, created::close);
        }
        return shared;
    }

    /**
     * The shared store's snapshot repository with every snapshot deleted first: the snapshot
     * contract works in fixed tenants, so it needs an empty table rather than a fresh tenant.
     * Snapshot test classes run one after another, and no other test uses the shared snapshots.
     */
    final synchronized ForecastSnapshotRepository emptyForecastSnapshots() {
        JpaCrmPersistence store = persistence();
        try (Connection connection = sharedDataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from crm_forecast_snapshot_deal");
            statement.executeUpdate("delete from crm_forecast_snapshot");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the snapshot tables: " + e.getMessage(), e);
        }
        return store.forecastSnapshots();
    }

    /** The data source of the shared store, for tests that look at the rows themselves. */
    final synchronized DataSource sharedDataSource() {
        persistence();
        return sharedDataSource;
    }

    final synchronized void onShutdown(Runnable cleanup) {
        cleanups.add(cleanup);
    }

    private synchronized void cleanUp() {
        for (Runnable cleanup : cleanups) {
            try {
                cleanup.run();
            } catch (RuntimeException e) {
                // Best effort at JVM exit: a server that went away keeps its test schema.
                LoggerFactory.getLogger(TestDatabase.class).warn("test database cleanup failed", e);
            }
        }
    }

    static String isolatedName() {
        return "crm_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + url + ": " + e.getMessage(), e);
        }
    }

    private static String serverUrl(String variable, String example) {
        String url = System.getenv(variable);
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(variable + " is not set, but CI=true requires the database server tests"
                        + " to run: set it, e.g. " + variable + "=" + example);
            }
            String reason = variable + " is not set: its database server tests are skipped. Set it to run them,"
                    + " e.g. " + variable + "=" + example + " (with CI=true a missing server fails the build)";
            if (WARNED.add(variable)) {
                LoggerFactory.getLogger(TestDatabase.class).warn(reason);
            }
            Assumptions.abort(reason);
        }
        DriverManager.setLoginTimeout(10);
        try (Connection connection = DriverManager.getConnection(url)) {
            if (!connection.isValid(10)) {
                throw new AssertionError("the server named by " + variable + " does not answer: " + url);
            }
        } catch (SQLException e) {
            throw new AssertionError("cannot reach the server named by " + variable + " (" + url + "): "
                    + e.getMessage(), e);
        }
        return url;
    }

    /** Computes a value once; a failure is remembered and rethrown to every later caller. */
    private static final class Once<T> {
        private final Supplier<T> factory;
        private T value;
        private RuntimeException failure;
        private AssertionError assertionFailure;

        Once(Supplier<T> factory) {
            this.factory = factory;
        }

        synchronized T get() {
            if (value != null) {
                return value;
            }
            if (failure != null) {
                throw failure;
            }
            if (assertionFailure != null) {
                throw assertionFailure;
            }
            try {
                value = factory.get();
                return value;
            } catch (org.opentest4j.TestAbortedException skipped) {
                throw skipped;
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            } catch (AssertionError e) {
                assertionFailure = e;
                throw e;
            }
        }
    }

    private static final class H2Database extends TestDatabase {

        @Override
        DatabaseVendor vendor() {
            return DatabaseVendor.H2;
        }

        @Override
        DataSource isolatedDataSource() {
            JdbcDataSource dataSource = new JdbcDataSource();
            // Kept open until the JVM ends; each name is a separate in-memory database.
            dataSource.setURL("jdbc:h2:mem:" + isolatedName() + ";DB_CLOSE_DELAY=-1");
            return dataSource;
        }
    }

    private static final class EmbeddedPostgresDatabase extends TestDatabase {
        private final EmbeddedPostgres postgres;

        EmbeddedPostgresDatabase() {
            Path workingDirectory = Path.of(System.getProperty("java.io.tmpdir"), "crm-embedded-pg");
            EmbeddedPostgresBinaries.prepare(workingDirectory);
            try {
                postgres = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(workingDirectory.toFile())
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .start();
            } catch (IOException e) {
                throw new IllegalStateException("embedded PostgreSQL did not start: " + e.getMessage(), e);
            }
            onShutdown(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        @Override
        DatabaseVendor vendor() {
            return DatabaseVendor.POSTGRESQL;
        }

        @Override
        DataSource isolatedDataSource() {
            String name = isolatedName();
            execute(postgres.getJdbcUrl("postgres", "postgres"), "create database " + name);
            return postgres.getDatabase("postgres", name, Map.of());
        }
    }

    private static final class PostgresServerDatabase extends TestDatabase {
        private final String url;

        PostgresServerDatabase(String url) {
            this.url = url;
        }

        @Override
        DatabaseVendor vendor() {
            return DatabaseVendor.POSTGRESQL;
        }

        @Override
        DataSource isolatedDataSource() {
            String schema = isolatedName();
            execute(url, "create schema " + schema);
            onShutdown(() -> execute(url, "drop schema " + schema + " cascade"));
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(url);
            dataSource.setCurrentSchema(schema);
            return dataSource;
        }
    }

    private static final class MariaDbServerDatabase extends TestDatabase {
        private static final Pattern URL = Pattern.compile("(jdbc:mariadb://[^/?]+)(/[^?]*)?(\\?.*)?");
        private final String url;

        MariaDbServerDatabase(String url) {
            if (!URL.matcher(url).matches()) {
                throw new AssertionError(MARIADB_URL_VARIABLE + " is not a jdbc:mariadb:// URL: " + url);
            }
            this.url = url;
        }

        @Override
        DatabaseVendor vendor() {
            return DatabaseVendor.MARIADB;
        }

        @Override
        DataSource isolatedDataSource() {
            String database = isolatedName();
            execute(url, "create database " + database + " character set utf8mb4 collate utf8mb4_bin");
            onShutdown(() -> execute(url, "drop database " + database));
            Matcher parts = URL.matcher(url);
            if (!parts.matches()) {
                throw new IllegalStateException(url);
            }
            String query = parts.group(3) == null ? "" : parts.group(3);
            try {
                MariaDbDataSource dataSource = new MariaDbDataSource();
                dataSource.setUrl(parts.group(1) + "/" + database + query);
                return dataSource;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
