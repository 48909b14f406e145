package org.smartbizflow.crm.jpa;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and upgrades the CRM's tables from the versioned scripts shipped in the jar
 * ({@code db/crm/<vendor>/V<n>__<name>.sql}), for hosts without a migration tool of their
 * own. Applied versions are recorded in {@code crm_schema_history} with a checksum, so
 * running it again is harmless and an edited script that was already applied is refused.
 *
 * <p>Hosts using Flyway or Liquibase can run the same files from the same folder instead;
 * they are plain SQL, one statement per {@code ;}-terminated line group.
 */
public final class CrmSchema {

    private static final Logger LOG = LoggerFactory.getLogger(CrmSchema.class);

    /** The shipped scripts, in version order; the same names exist for every vendor. */
    static final List<String> SCRIPTS = List.of("V1__leads_outbox_audit.sql", "V2__forecast_snapshots.sql",
            "V3__lead_search_indexes.sql", "V4__lead_merge.sql", "V5__lead_qualification.sql", "V6__lead_fields.sql",
            "V7__lead_assignment_nurture.sql", "V8__accounts.sql", "V9__contacts.sql", "V10__opportunities.sql",
            "V11__activities.sql", "V12__sales_quotes.sql", "V13__contact_links_segments.sql",
            "V14__assignment_custom_fields_capacity.sql", "V15__activity_playbooks.sql",
            "V16__opportunity_pipeline_moves.sql", "V17__activity_occurrence_start.sql",
            "V18__lead_scores.sql",
            "V19__opportunity_account_index.sql", "V20__batch_lookup_indexes.sql",
            "V21__account_lookup_indexes.sql");

    private static final Pattern SCRIPT_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");
    private static final String HISTORY_TABLE = "crm_schema_history";
    /** An arbitrary constant key for PostgreSQL's advisory lock ("crm" in ASCII). */
    private static final long ADVISORY_LOCK_KEY = 0x63726dL;
    private static final int LOCK_WAIT_SECONDS = 300;

    private CrmSchema() {
    }

    /**
     * Applies every shipped script not yet recorded as applied, each in its own transaction
     * where the database supports transactional DDL.
     *
     * @return the versions applied by this call, in order (empty when the schema was current)
     * @throws IllegalStateException when an applied script has changed since, or a script fails
     */
    public static List<Integer> migrate(DataSource dataSource, DatabaseVendor vendor) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(vendor, "vendor");
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            try {
                connection.setAutoCommit(false);
                lock(connection, vendor);
                try {
                    createHistoryTable(connection, vendor);
                    return applyPending(connection, vendor);
                } finally {
                    unlock(connection, vendor);
                }
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("CRM schema migration failed for " + vendor + ": " + e.getMessage(), e);
        }
    }

    private static List<Integer> applyPending(Connection connection, DatabaseVendor vendor) throws SQLException {
        // Read under the lock: another instance may have applied scripts while this one waited.
        Map<Integer, Long> applied = appliedVersions(connection);
        List<Integer> newlyApplied = new ArrayList<>();
        for (String script : SCRIPTS) {
            Matcher name = SCRIPT_NAME.matcher(script);
            if (!name.matches()) {
                throw new IllegalStateException("not a versioned script name: " + script);
            }
            int version = Integer.parseInt(name.group(1));
            String sql = read(vendor.scriptFolder() + "/" + script);
            long checksum = checksum(sql);
            Long recorded = applied.get(version);
            if (recorded != null) {
                if (recorded != checksum) {
                    throw new IllegalStateException("CRM schema script " + script + " for " + vendor
                            + " differs from the one applied (checksum " + recorded + ", now " + checksum
                            + "); never edit an applied script, add a new version");
                }
                continue;
            }
            apply(connection, script, sql);
            record(connection, version, name.group(2), script, checksum);
            connection.commit();
            newlyApplied.add(version);
            LOG.info("Applied CRM schema script {} for {}", script, vendor);
        }
        return List.copyOf(newlyApplied);
    }

    /**
     * Serialises migrations of several application instances starting at once. Session-level
     * locks, because each script commits on its own.
     */
    private static void lock(Connection connection, DatabaseVendor vendor) throws SQLException {
        String sql = switch (vendor) {
            case POSTGRESQL -> "select pg_advisory_lock(" + ADVISORY_LOCK_KEY + ")";
            case MARIADB -> "select get_lock('" + HISTORY_TABLE + "', " + LOCK_WAIT_SECONDS + ")";
            case H2 -> null; // embedded: one application owns the database
        };
        if (sql == null) {
            return;
        }
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            if (vendor == DatabaseVendor.MARIADB && (!result.next() || result.getInt(1) != 1)) {
                throw new IllegalStateException("another CRM schema migration held the lock for more than "
                        + LOCK_WAIT_SECONDS + " seconds");
            }
        }
        connection.commit();
    }

    private static void unlock(Connection connection, DatabaseVendor vendor) throws SQLException {
        String sql = switch (vendor) {
            case POSTGRESQL -> "select pg_advisory_unlock(" + ADVISORY_LOCK_KEY + ")";
            case MARIADB -> "select release_lock('" + HISTORY_TABLE + "')";
            case H2 -> null;
        };
        if (sql == null) {
            return;
        }
        connection.rollback(); // end any failed transaction first, PostgreSQL refuses statements in one
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery(sql).close();
            connection.commit();
        }
    }

    private static void createHistoryTable(Connection connection, DatabaseVendor vendor) throws SQLException {
        String installedAt = switch (vendor) {
            case MARIADB -> "datetime(6)";
            case POSTGRESQL, H2 -> "timestamp(6) with time zone";
        };
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists " + HISTORY_TABLE + " ("
                    + "version integer not null primary key, "
                    + "description varchar(200) not null, "
                    + "script varchar(200) not null, "
                    + "checksum bigint not null, "
                    + "installed_at " + installedAt + " not null)");
        }
        connection.commit();
    }

    private static Map<Integer, Long> appliedVersions(Connection connection) throws SQLException {
        Map<Integer, Long> applied = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select version, checksum from " + HISTORY_TABLE)) {
            while (rows.next()) {
                applied.put(rows.getInt(1), rows.getLong(2));
            }
        }
        return applied;
    }

    private static void apply(Connection connection, String script, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String command : statements(sql)) {
                try {
                    statement.execute(command);
                } catch (SQLException e) {
                    throw new SQLException("in " + script + ": " + e.getMessage() + "\n" + command,
                            e.getSQLState(), e.getErrorCode(), e);
                }
            }
        }
    }

    private static void record(Connection connection, int version, String description, String script,
                               long checksum) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into " + HISTORY_TABLE
                + " (version, description, script, checksum, installed_at) values (?, ?, ?, ?, ?)")) {
            insert.setInt(1, version);
            insert.setString(2, description.replace('_', ' '));
            insert.setString(3, script);
            insert.setLong(4, checksum);
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }

    /** Statements end with {@code ;} at the end of a line; lines starting with {@code --} are comments. */
    static List<String> statements(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("script ends without ';': " + current);
        }
        return statements;
    }

    private static String read(String resource) {
        try (InputStream in = CrmSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("CRM schema script missing from the class path: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Line-ending independent, so a checkout with CRLF endings does not look edited. */
    private static long checksum(String sql) {
        CRC32 crc = new CRC32();
        crc.update(sql.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
