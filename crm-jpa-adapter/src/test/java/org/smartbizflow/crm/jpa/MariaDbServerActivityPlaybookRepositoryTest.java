package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ActivityPlaybookRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The activity playbook repository contract on the MariaDB server named by CRM_TEST_MARIADB_URL. */
class MariaDbServerActivityPlaybookRepositoryTest extends ActivityPlaybookRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.mariaDbServer().persistence();
    }
}
