package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ContactAccountLinkRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The ContactAccountLinkRepository contract on the PostgreSQL server named by CRM_TEST_POSTGRES_URL. */
class PostgresServerContactAccountLinkRepositoryTest extends ContactAccountLinkRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.postgresServer().persistence();
    }
}
