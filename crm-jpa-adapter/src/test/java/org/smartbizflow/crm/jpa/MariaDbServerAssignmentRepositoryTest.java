package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.AssignmentRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Assignment repository contract on the MariaDB server named by CRM_TEST_MARIADB_URL. */
class MariaDbServerAssignmentRepositoryTest extends AssignmentRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.mariaDbServer().persistence();
    }
}
