package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ContactAccountLinkRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The ContactAccountLinkRepository contract on the MariaDB server named by CRM_TEST_MARIADB_URL. */
class MariaDbServerContactAccountLinkRepositoryTest extends ContactAccountLinkRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.mariaDbServer().persistence();
    }
}
