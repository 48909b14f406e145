package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.LineItemRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The LineItem repository contract on the MariaDB server named by CRM_TEST_MARIADB_URL. */
class MariaDbServerLineItemRepositoryTest extends LineItemRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.mariaDbServer().persistence();
    }
}
