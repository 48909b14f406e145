package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ConsentRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The consent repository contract on the PostgreSQL server named by CRM_TEST_POSTGRES_URL. */
class PostgresServerConsentRepositoryTest extends ConsentRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.postgresServer().persistence();
    }
}
