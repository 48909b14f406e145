package org.smartbizflow.crm.benchmarks.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.smartbizflow.crm.jpa.CrmSchema;
import org.smartbizflow.crm.jpa.DatabaseVendor;
import org.smartbizflow.crm.jpa.EmbeddedPostgresBinaries;

/**
 * The PostgreSQL a benchmark runs on: the server named by {@code CRM_BENCH_POSTGRES_URL}
 * (e.g. {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}), or an embedded one
 * started for the run. Each benchmark works in a schema of its own, dropped at the end.
 */
public final class BenchPostgres implements AutoCloseable {

    private final EmbeddedPostgres embedded;
    private final PGSimpleDataSource dataSource;
    private final String schema;

    private BenchPostgres(EmbeddedPostgres embedded, PGSimpleDataSource dataSource, String schema) {
        this.embedded = embedded;
        this.dataSource = dataSource;
        this.schema = schema;
    }

    public static BenchPostgres start(PrintStream out) {
        String url = System.getenv("CRM_BENCH_POSTGRES_URL");
        EmbeddedPostgres embedded = null;
        PGSimpleDataSource ds = new PGSimpleDataSource();
        if (url != null && !url.isBlank()) {
            ds.setURL(url);
            out.println("PostgreSQL server: " + url);
        } else {
            try {
                java.nio.file.Path workingDirectory = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
                        "crm-embedded-pg");
                EmbeddedPostgresBinaries.prepare(workingDirectory);
                embedded = EmbeddedPostgres.builder().setOverrideWorkingDirectory(workingDirectory.toFile()).start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
            ds.setServerNames(new String[] {"localhost"});
            ds.setPortNumbers(new int[] {embedded.getPort()});
            ds.setDatabaseName("postgres");
            ds.setUser("postgres");
            out.println("PostgreSQL: embedded on port " + embedded.getPort()
                    + " (set CRM_BENCH_POSTGRES_URL to use a server)");
        }
        ds.setReWriteBatchedInserts(true);
        String schema = "crm_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create benchmark schema", e);
        }
        ds.setCurrentSchema(schema);
        CrmSchema.migrate(ds, DatabaseVendor.POSTGRESQL);
        return new BenchPostgres(embedded, ds, schema);
    }

    /** Plain connections, for the hand-written references and set-up. */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * A pool over the same database, as a host would hand the CRM: the library opens a
     * connection per transaction and must not pay for a new physical one each time.
     */
    public HikariDataSource pooled() {
        HikariConfig config = new HikariConfig();
        config.setDataSource(dataSource);
        config.setMaximumPoolSize(4);
        config.setAutoCommit(true);
        return new HikariDataSource(config);
    }

    public void execute(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        try {
            PGSimpleDataSource admin = new PGSimpleDataSource();
            admin.setURL(dataSource.getURL().replaceAll("[?&]currentSchema=[^&]*", ""));
            admin.setUser(dataSource.getUser());
            try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + schema + " cascade");
            }
        } catch (SQLException e) {
            // the schema is left behind; an embedded database goes away with its process anyway
        } finally {
            if (embedded != null) {
                try {
                    embedded.close();
                } catch (IOException e) {
                    // temporary data directory; nothing else to release
                }
            }
        }
    }
}
