package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.LeadSearchContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The lead search contract on the PostgreSQL server named by CRM_TEST_POSTGRES_URL. */
class PostgresServerLeadSearchTest extends LeadSearchContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.postgresServer().persistence();
    }
}
