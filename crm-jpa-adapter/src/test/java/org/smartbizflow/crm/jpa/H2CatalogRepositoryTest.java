package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.CatalogRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Catalog repository contract on H2 in memory. */
class H2CatalogRepositoryTest extends CatalogRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.h2().persistence();
    }
}
