package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.CatalogRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Catalog repository contract on the PostgreSQL server named by CRM_TEST_POSTGRES_URL. */
class PostgresServerCatalogRepositoryTest extends CatalogRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.postgresServer().persistence();
    }
}
