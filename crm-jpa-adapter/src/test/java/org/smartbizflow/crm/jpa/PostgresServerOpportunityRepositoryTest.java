package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.OpportunityRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Opportunity repository contract on the PostgreSQL server named by CRM_TEST_POSTGRES_URL. */
class PostgresServerOpportunityRepositoryTest extends OpportunityRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.postgresServer().persistence();
    }
}
