package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.LineItemRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The LineItem repository contract on the PostgreSQL server named by CRM_TEST_POSTGRES_URL. */
class PostgresServerLineItemRepositoryTest extends LineItemRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.postgresServer().persistence();
    }
}
