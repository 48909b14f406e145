package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.CatalogRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Catalog repository contract on embedded PostgreSQL. */
class EmbeddedPostgresCatalogRepositoryTest extends CatalogRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.embeddedPostgres().persistence();
    }
}
