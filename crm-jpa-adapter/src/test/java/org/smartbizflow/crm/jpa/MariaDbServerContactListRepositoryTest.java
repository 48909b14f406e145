package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ContactListRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The ContactListRepository contract on the MariaDB server named by CRM_TEST_MARIADB_URL. */
class MariaDbServerContactListRepositoryTest extends ContactListRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.mariaDbServer().persistence();
    }
}
