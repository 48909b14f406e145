package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.AccountRelationshipRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The AccountRelationshipRepository contract on the PostgreSQL server named by CRM_TEST_POSTGRES_URL. */
class PostgresServerAccountRelationshipRepositoryTest extends AccountRelationshipRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.postgresServer().persistence();
    }
}
