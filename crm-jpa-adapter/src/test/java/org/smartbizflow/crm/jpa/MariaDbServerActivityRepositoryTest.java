package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ActivityRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Activity repository contract on the MariaDB server named by CRM_TEST_MARIADB_URL. */
class MariaDbServerActivityRepositoryTest extends ActivityRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.mariaDbServer().persistence();
    }
}
