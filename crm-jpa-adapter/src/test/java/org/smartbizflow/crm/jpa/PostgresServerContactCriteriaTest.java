package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ContactCriteriaContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The segment criteria contract on the PostgreSQL server named by CRM_TEST_POSTGRES_URL. */
class PostgresServerContactCriteriaTest extends ContactCriteriaContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.postgresServer().persistence();
    }
}
