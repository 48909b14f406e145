package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ActivityPlaybookRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The activity playbook repository contract on the PostgreSQL server named by CRM_TEST_POSTGRES_URL. */
class PostgresServerActivityPlaybookRepositoryTest extends ActivityPlaybookRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.postgresServer().persistence();
    }
}
