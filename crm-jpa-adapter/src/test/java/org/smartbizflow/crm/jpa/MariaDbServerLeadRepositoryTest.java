package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.LeadRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Lead repository contract on the MariaDB server named by CRM_TEST_MARIADB_URL. */
class MariaDbServerLeadRepositoryTest extends LeadRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.mariaDbServer().persistence();
    }
}
