package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.TerritoryRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The TerritoryRepository contract on the PostgreSQL server named by CRM_TEST_POSTGRES_URL. */
class PostgresServerTerritoryRepositoryTest extends TerritoryRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.postgresServer().persistence();
    }
}
