package org.smartbizflow.crm.jpa.internal.sales;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Takes the next quote number of a tenant on the transaction's own connection: the counter
 * row is created or incremented, which locks it until the transaction ends, so concurrent
 * callers queue, and a rollback gives the number back, which keeps numbers gap-free.
 */
final class QuoteNumbers {

    private QuoteNumbers() {
    }

    private static long upsert(Connection connection, String tenantId, String sql) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(sql)) {
            upsert.setString(1, tenantId);
            upsert.executeUpdate();
        }
        return current(connection, tenantId);
    }

    private static long current(Connection connection, String tenantId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select last_number from crm_quote_number where tenant_id = ?")) {
            select.setString(1, tenantId);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    throw new SQLException("no quote number row for tenant " + tenantId);
                }
                return result.getLong(1);
            }
        }
    }

    static long next(Connection connection, String tenantId) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        // One atomic upsert where the database has one: it takes the row's exclusive lock at once.
        // (Insert-if-absent then update would first take a shared lock on MariaDB, and two callers
        // upgrading their shared locks deadlock.)
        if (product.contains("postgres")) {
            return upsert(connection, tenantId, "insert into crm_quote_number (tenant_id, last_number) values (?, 1)"
                    + " on conflict (tenant_id) do update set last_number = crm_quote_number.last_number + 1");
        }
        if (product.contains("mariadb") || product.contains("mysql")) {
            return upsert(connection, tenantId, "insert into crm_quote_number (tenant_id, last_number) values (?, 1)"
                    + " on duplicate key update last_number = last_number + 1");
        }
        String ensureRow = "merge into crm_quote_number t using (select cast(? as varchar(64)) as tenant_id) s"
                + " on t.tenant_id = s.tenant_id when not matched then insert (tenant_id, last_number)"
                + " values (s.tenant_id, 0)";
        try (PreparedStatement insert = connection.prepareStatement(ensureRow)) {
            insert.setString(1, tenantId);
            insert.executeUpdate();
        } catch (SQLException raced) {
            // another transaction inserted the row first; the update below waits for it
            if (!Flushes.isUniqueViolation(raced)) {
                throw raced;
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update crm_quote_number set last_number = last_number + 1 where tenant_id = ?")) {
            update.setString(1, tenantId);
            if (update.executeUpdate() != 1) {
                throw new SQLException("no quote number row for tenant " + tenantId);
            }
        }
        return current(connection, tenantId);
    }
}
