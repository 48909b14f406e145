package org.smartbizflow.crm.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartbizflow.crm.jpa.JdbcProxies.invoke;
import static org.smartbizflow.crm.jpa.JdbcProxies.wrap;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.contract.LeadFixtures;
import org.smartbizflow.crm.opportunity.AmountGrouping;
import org.smartbizflow.crm.opportunity.OpportunityFilter;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Aggregate reports ask PostgreSQL to plan for their actual parameters, for their own
 * transaction only, and leave other databases alone.
 */
class CustomPlansTest {

    @Test
    void aPostgresAggregateRunsWithCustomPlansForTheRestOfItsTransaction() throws SQLException {
        DataSource database = TestDatabase.embeddedPostgres().isolatedDataSource();
        CrmSchema.migrate(database, DatabaseVendor.POSTGRESQL);
        List<String> executed = new CopyOnWriteArrayList<>();
        AtomicReference<Connection> current = new AtomicReference<>();
        TenantId tenant = LeadFixtures.freshTenant();

        try (JpaCrmPersistence store = JpaCrmPersistence.bootstrap(recording(database, executed, current),
                DatabaseVendor.POSTGRESQL)) {
            String inside = store.transactions().inTransaction(() -> {
                store.opportunities().sumAmounts(tenant, OpportunityFilter.any(), AmountGrouping.OWNER);
                return setting(current.get());
            });
            String before = store.transactions().inTransaction(() -> setting(current.get()));

            assertThat(inside).isEqualTo("force_custom_plan");
            assertThat(before).as("a later transaction").isEqualTo("auto");
            assertThat(executed).containsOnlyOnce("set local plan_cache_mode = force_custom_plan");
        }
    }

    @Test
    void otherDatabasesAreLeftAlone() {
        DataSource database = TestDatabase.h2().isolatedDataSource();
        CrmSchema.migrate(database, DatabaseVendor.H2);
        List<String> executed = new CopyOnWriteArrayList<>();

        try (JpaCrmPersistence store = JpaCrmPersistence.bootstrap(recording(database, executed,
                new AtomicReference<>()), DatabaseVendor.H2)) {
            store.transactions().inTransaction(() -> store.opportunities().sumAmounts(LeadFixtures.freshTenant(),
                    OpportunityFilter.any(), AmountGrouping.STAGE_AND_CATEGORY));
        }

        assertThat(executed).noneMatch(sql -> sql.contains("plan_cache_mode"));
    }

    private static String setting(Connection connection) {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select current_setting('plan_cache_mode')")) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A data source that records the SQL run through plain statements and remembers the last connection. */
    private static DataSource recording(DataSource target, List<String> executed, AtomicReference<Connection> current) {
        return wrap(DataSource.class, target, (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            if (result instanceof Connection connection) {
                current.set(connection);
                return wrap(Connection.class, connection, (p, m, a) -> {
                    Object inner = invoke(connection, m, a);
                    if (inner instanceof Statement statement && m.getName().equals("createStatement")) {
                        return wrap(Statement.class, statement, (p2, m2, a2) -> {
                            if (m2.getName().equals("execute") && a2 != null && a2[0] instanceof String sql) {
                                executed.add(sql);
                            }
                            return invoke(statement, m2, a2);
                        });
                    }
                    return inner;
                });
            }
            return result;
        });
    }
}
