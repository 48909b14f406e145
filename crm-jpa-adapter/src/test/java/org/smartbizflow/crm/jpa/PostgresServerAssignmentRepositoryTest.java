package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.AssignmentRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Assignment repository contract on the PostgreSQL server named by CRM_TEST_POSTGRES_URL. */
class PostgresServerAssignmentRepositoryTest extends AssignmentRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.postgresServer().persistence();
    }
}
