package org.smartbizflow.crm.jpa.internal.lead;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.smartbizflow.crm.lead.Lead;
import org.smartbizflow.crm.lead.LeadView;

/**
 * Inserts many new leads as JDBC batches on the transaction's own connection (reached through
 * the standard {@code EntityManager.runWithConnection} of Jakarta Persistence 3.2). Imports
 * take this path because tracking thousands of new entities in a persistence context costs
 * several times the insert itself; the columns written are those {@link LeadEntity} maps
 * (a new lead has no {@code merged_into}), and the repository contract suite reads every
 * field back through the entity.
 */
final class LeadBulkInsert {

    static final String SQL = "insert into crm_lead (id, tenant_id, owner_id, name, company, email, phone, source, "
            + "status, version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int BATCH = 1000;

    private LeadBulkInsert() {
    }

    static void insert(Connection connection, List<Lead> leads) throws SQLException {
        // MariaDB keeps instants in datetime(6) columns as UTC wall-clock time (as Hibernate does
        // with hibernate.jdbc.time_zone=UTC); the others have a time-zone-aware column type.
        boolean wallClockUtc = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                .matches(".*(mariadb|mysql).*");
        try (PreparedStatement insert = connection.prepareStatement(SQL)) {
            int pending = 0;
            for (Lead lead : leads) {
                LeadView v = lead.view();
                insert.setObject(1, v.id().value());
                insert.setString(2, v.tenantId().value());
                insert.setString(3, v.ownerId().value());
                insert.setString(4, v.name());
                insert.setString(5, v.company());
                insert.setString(6, v.email() == null ? null : v.email().value());
                insert.setString(7, v.phone() == null ? null : v.phone().e164());
                insert.setString(8, v.source().name());
                insert.setString(9, v.status().name());
                insert.setLong(10, 0L);
                insert.setObject(11, time(v.createdAt(), wallClockUtc));
                insert.setObject(12, time(v.updatedAt(), wallClockUtc));
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private static Object time(Instant instant, boolean wallClockUtc) {
        return wallClockUtc ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : instant.atOffset(ZoneOffset.UTC);
    }
}
