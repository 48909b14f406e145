package org.smartbizflow.crm.jpa.internal.shared;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Statement;
import java.util.Locale;

/**
 * Asks PostgreSQL to plan the rest of the current transaction's statements for their actual
 * parameter values, before an aggregate over one tenant's rows.
 *
 * <p>Why: the JDBC driver turns a statement executed five times on a pooled connection into a
 * server-side prepared statement, and PostgreSQL may then switch to a generic plan that cannot
 * see the parameters. For a GROUP BY over a tenant's deals in a close period, the generic plan
 * guesses a few thousand rows from default selectivities and walks an index over the whole
 * table; on 1,000,000 deals that measured about 1.5 times slower than the plan made for the
 * actual values (a parallel sequential scan). Re-planning costs well under a millisecond, which
 * is nothing beside such a query. {@code SET LOCAL} ends with the transaction, so the host's own
 * statements on the same connection are not affected afterwards. Other databases, and
 * PostgreSQL before 12 (which has no {@code plan_cache_mode}), are left alone.
 */
public final class CustomPlans {

    private volatile Boolean supported;

    /** Applies the setting when the connection is PostgreSQL 12 or later; otherwise does nothing. */
    public void forAggregate(EntityManager entityManager) {
        if (!supported(entityManager)) {
            return;
        }
        entityManager.runWithConnection((Connection connection) -> {
            if (connection.getAutoCommit()) {
                return; // outside a transaction SET LOCAL would have no effect
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local plan_cache_mode = force_custom_plan");
            }
        });
    }

    private boolean supported(EntityManager entityManager) {
        Boolean known = supported;
        if (known == null) {
            known = entityManager.callWithConnection((Connection connection) -> {
                DatabaseMetaData meta = connection.getMetaData();
                return meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")
                        && meta.getDatabaseMajorVersion() >= 12;
            });
            supported = known;
        }
        return known;
    }
}
