package org.smartbizflow.crm.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.contract.LeadFixtures;
import org.smartbizflow.crm.forecast.ForecastSnapshot;
import org.smartbizflow.crm.lead.Lead;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Proves that the shipped scripts and the entity mappings agree on every database: migrate an
 * empty schema with {@link CrmSchema}, then let the provider validate every mapped table and
 * column against it. A second migration must find nothing to do.
 */
class SchemaValidationTest {

    @Test
    void h2() {
        migrateAndValidate(TestDatabase.h2());
    }

    @Test
    void embeddedPostgres() {
        migrateAndValidate(TestDatabase.embeddedPostgres());
    }

    @Test
    void postgresServer() {
        migrateAndValidate(TestDatabase.postgresServer());
    }

    @Test
    void mariaDbServer() {
        migrateAndValidate(TestDatabase.mariaDbServer());
    }

    @Test
    void concurrentMigrationsOnEmbeddedPostgresApplyEachScriptOnce() throws Exception {
        migrateConcurrently(TestDatabase.embeddedPostgres());
    }

    @Test
    void concurrentMigrationsOnThePostgresServerApplyEachScriptOnce() throws Exception {
        migrateConcurrently(TestDatabase.postgresServer());
    }

    @Test
    void concurrentMigrationsOnTheMariaDbServerApplyEachScriptOnce() throws Exception {
        migrateConcurrently(TestDatabase.mariaDbServer());
    }

    /** Application instances starting together: one applies the scripts, the others find them applied. */
    private static void migrateConcurrently(TestDatabase database) throws Exception {
        DataSource empty = database.isolatedDataSource();
        ExecutorService instances = Executors.newFixedThreadPool(3);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Integer>>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(instances.submit(() -> {
                    start.await();
                    return CrmSchema.migrate(empty, database.vendor());
                }));
            }
            start.countDown();
            List<List<Integer>> applied = new ArrayList<>();
            for (Future<List<Integer>> run : runs) {
                applied.add(run.get(2, TimeUnit.MINUTES));
            }

            assertThat(applied).containsExactlyInAnyOrder(allVersions(), List.of(), List.of());
        } finally {
            instances.shutdownNow();
        }
    }

    private static void migrateAndValidate(TestDatabase database) {
        DataSource empty = database.isolatedDataSource();

        assertThat(CrmSchema.migrate(empty, database.vendor())).isEqualTo(allVersions());
        assertThat(CrmSchema.migrate(empty, database.vendor())).as("a second run applies nothing").isEmpty();

        try (JpaCrmPersistence validated = JpaCrmPersistence.bootstrap(empty, database.vendor(),
                Map.of("hibernate.hbm2ddl.auto", "validate"))) {
            TenantId tenant = LeadFixtures.freshTenant();
            Lead lead = LeadFixtures.lead(tenant);
            validated.transactions().inTransaction(() -> validated.leads().insert(lead));
            assertThat(validated.transactions().inTransaction(() -> validated.leads().find(tenant, lead.id())))
                    .map(Lead::view).contains(lead.view());

            ForecastSnapshot snapshot = JpaForecastSnapshotRepositoryChecks.snapshotWithEveryField(tenant);
            validated.forecastSnapshots().save(snapshot);
            assertThat(validated.forecastSnapshots().findById(tenant, snapshot.id())).contains(snapshot);
        }
    }

    /** Every version the shipped scripts define, in order (versions may leave gaps). */
    private static List<Integer> allVersions() {
        return CrmSchema.SCRIPTS.stream().map(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))).toList();
    }
}
