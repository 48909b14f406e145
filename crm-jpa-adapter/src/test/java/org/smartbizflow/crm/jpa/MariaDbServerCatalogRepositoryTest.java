package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.CatalogRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Catalog repository contract on the MariaDB server named by CRM_TEST_MARIADB_URL. */
class MariaDbServerCatalogRepositoryTest extends CatalogRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.mariaDbServer().persistence();
    }
}
