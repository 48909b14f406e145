package org.smartbizflow.crm.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.contract.LeadFixtures;
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

    private static void migrateAndValidate(TestDatabase database) {
        DataSource empty = database.isolatedDataSource();

        assertThat(CrmSchema.migrate(empty, database.vendor())).containsExactly(1);
        assertThat(CrmSchema.migrate(empty, database.vendor())).as("a second run applies nothing").isEmpty();

        try (JpaCrmPersistence validated = JpaCrmPersistence.bootstrap(empty, database.vendor(),
                Map.of("hibernate.hbm2ddl.auto", "validate"))) {
            TenantId tenant = LeadFixtures.freshTenant();
            Lead lead = LeadFixtures.lead(tenant);
            validated.transactions().inTransaction(() -> validated.leads().insert(lead));
            assertThat(validated.transactions().inTransaction(() -> validated.leads().find(tenant, lead.id())))
                    .map(Lead::view).contains(lead.view());
        }
    }
}
