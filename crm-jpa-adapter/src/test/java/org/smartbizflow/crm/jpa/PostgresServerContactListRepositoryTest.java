package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ContactListRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The ContactListRepository contract on the PostgreSQL server named by CRM_TEST_POSTGRES_URL. */
class PostgresServerContactListRepositoryTest extends ContactListRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.postgresServer().persistence();
    }
}
