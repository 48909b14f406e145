package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ContactRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Contact repository contract on the PostgreSQL server named by CRM_TEST_POSTGRES_URL. */
class PostgresServerContactRepositoryTest extends ContactRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.postgresServer().persistence();
    }
}
