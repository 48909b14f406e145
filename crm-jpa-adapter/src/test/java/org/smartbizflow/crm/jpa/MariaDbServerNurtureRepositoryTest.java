package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.NurtureRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Nurture repository contract on the MariaDB server named by CRM_TEST_MARIADB_URL. */
class MariaDbServerNurtureRepositoryTest extends NurtureRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.mariaDbServer().persistence();
    }
}
