package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ContactListRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The ContactListRepository contract on embedded PostgreSQL. */
class EmbeddedPostgresContactListRepositoryTest extends ContactListRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.embeddedPostgres().persistence();
    }
}
