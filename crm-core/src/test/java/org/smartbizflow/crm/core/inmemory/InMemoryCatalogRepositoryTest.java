package org.smartbizflow.crm.core.inmemory;

import org.smartbizflow.crm.contract.CatalogRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Catalog repository contract on the in-memory store. */
class InMemoryCatalogRepositoryTest extends CatalogRepositoryContract {

    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();

    @Override
    protected CrmPersistence persistence() {
        return store;
    }
}
