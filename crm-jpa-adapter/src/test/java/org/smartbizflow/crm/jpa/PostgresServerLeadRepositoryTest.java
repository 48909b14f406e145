package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.LeadRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Lead repository contract on the PostgreSQL server named by CRM_TEST_POSTGRES_URL. */
class PostgresServerLeadRepositoryTest extends LeadRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.postgresServer().persistence();
    }
}
