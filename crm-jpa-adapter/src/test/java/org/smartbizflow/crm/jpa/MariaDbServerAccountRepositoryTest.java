package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.AccountRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The account repository contract on the MariaDB server named by CRM_TEST_MARIADB_URL. */
class MariaDbServerAccountRepositoryTest extends AccountRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.mariaDbServer().persistence();
    }
}
