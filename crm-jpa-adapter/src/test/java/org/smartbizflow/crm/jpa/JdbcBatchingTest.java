package org.smartbizflow.crm.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartbizflow.crm.jpa.JdbcProxies.invoke;
import static org.smartbizflow.crm.jpa.JdbcProxies.wrap;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.contract.LeadFixtures;
import org.smartbizflow.crm.lead.Lead;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.port.out.StoredEvent;

/** Bulk writes reach the database as JDBC batches, and the outbox stamps publication with the given clock. */
class JdbcBatchingTest {

    @Test
    void insertsOfManyLeadsAreSentAsJdbcBatches() {
        DataSource database = TestDatabase.h2().isolatedDataSource();
        CrmSchema.migrate(database, DatabaseVendor.H2);
        AtomicInteger batches = new AtomicInteger();
        AtomicInteger singleUpdates = new AtomicInteger();
        TenantId tenant = LeadFixtures.freshTenant();
        List<Lead> leads = LeadFixtures.varied(tenant, 120, 9);

        try (JpaCrmPersistence store = JpaCrmPersistence.bootstrap(counting(database, batches, singleUpdates),
                DatabaseVendor.H2)) {
            store.transactions().inTransaction(() -> leads.forEach(store.leads()::insert));

            assertThat(singleUpdates).as("single-row inserts").hasValue(0);
            int customRows = leads.stream().mapToInt(l -> l.view().customFields().values().size()).sum();
            int tagRows = leads.stream().mapToInt(l -> l.view().tags().size()).sum();
            // leads, custom field rows and tag rows each go in batches of at most 50
            assertThat(batches).as("batches of at most 50 rows")
                    .hasValue(3 + (customRows + 49) / 50 + (tagRows + 49) / 50);
            assertThat(store.transactions().inTransaction(() -> store.leads().count(tenant, LeadFilter.any())))
                    .isEqualTo(120);
        }
    }

    @Test
    void markPublishedStampsTheClocksTime() throws SQLException {
        DataSource database = TestDatabase.h2().isolatedDataSource();
        CrmSchema.migrate(database, DatabaseVendor.H2);
        Instant publishedAt = Instant.parse("2027-01-15T10:00:00.654321Z");
        StoredEvent event = LeadFixtures.event(LeadFixtures.freshTenant(), "agg", LeadFixtures.BASE_TIME);

        try (JpaCrmPersistence store = JpaCrmPersistence.bootstrap(database, DatabaseVendor.H2, Map.of(),
                Clock.fixed(publishedAt, ZoneOffset.UTC))) {
            store.transactions().inTransaction(() -> store.outbox().append(List.of(event)));
            store.transactions().inTransaction(() -> store.outbox().markPublished(List.of(event.eventId())));
        }

        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select published_at from crm_outbox_event")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getObject(1, OffsetDateTime.class).toInstant()).isEqualTo(publishedAt);
        }
    }

    /** A data source whose prepared statements count batch and single executions. */
    private static DataSource counting(DataSource target, AtomicInteger batches, AtomicInteger singleUpdates) {
        return (DataSource) Proxy.newProxyInstance(JdbcBatchingTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (result instanceof Connection connection) {
                        return wrap(Connection.class, connection, (p, m, a) -> {
                            Object inner = invoke(connection, m, a);
                            if (inner instanceof PreparedStatement prepared) {
                                return wrap(PreparedStatement.class, prepared, (p2, m2, a2) -> {
                                    if (m2.getName().equals("executeBatch")) {
                                        batches.incrementAndGet();
                                    } else if (m2.getName().equals("executeUpdate")) {
                                        singleUpdates.incrementAndGet();
                                    }
                                    return invoke(prepared, m2, a2);
                                });
                            }
                            return inner;
                        });
                    }
                    return result;
                });
    }
}
