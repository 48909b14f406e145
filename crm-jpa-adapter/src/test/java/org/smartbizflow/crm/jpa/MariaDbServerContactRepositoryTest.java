package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ContactRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Contact repository contract on the MariaDB server named by CRM_TEST_MARIADB_URL. */
class MariaDbServerContactRepositoryTest extends ContactRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.mariaDbServer().persistence();
    }
}
