package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.AccountRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The account repository contract on the PostgreSQL server named by CRM_TEST_POSTGRES_URL. */
class PostgresServerAccountRepositoryTest extends AccountRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.postgresServer().persistence();
    }
}
