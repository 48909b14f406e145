package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.NurtureRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Nurture repository contract on the PostgreSQL server named by CRM_TEST_POSTGRES_URL. */
class PostgresServerNurtureRepositoryTest extends NurtureRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.postgresServer().persistence();
    }
}
