package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ConsentRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The consent repository contract on the MariaDB server named by CRM_TEST_MARIADB_URL. */
class MariaDbServerConsentRepositoryTest extends ConsentRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.mariaDbServer().persistence();
    }
}
