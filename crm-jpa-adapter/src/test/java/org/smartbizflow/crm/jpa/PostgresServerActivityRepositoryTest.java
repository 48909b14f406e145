package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ActivityRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Activity repository contract on the PostgreSQL server named by CRM_TEST_POSTGRES_URL. */
class PostgresServerActivityRepositoryTest extends ActivityRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.postgresServer().persistence();
    }
}
