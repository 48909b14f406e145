package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.TerritoryRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The TerritoryRepository contract on the MariaDB server named by CRM_TEST_MARIADB_URL. */
class MariaDbServerTerritoryRepositoryTest extends TerritoryRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.mariaDbServer().persistence();
    }
}
