package org.smartbizflow.crm.core.inmemory;

import org.smartbizflow.crm.contract.TerritoryRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The TerritoryRepository contract on the in-memory store. */
class InMemoryTerritoryRepositoryTest extends TerritoryRepositoryContract {

    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();

    @Override
    protected CrmPersistence persistence() {
        return store;
    }
}
