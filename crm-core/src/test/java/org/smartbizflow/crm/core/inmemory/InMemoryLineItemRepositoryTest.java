package org.smartbizflow.crm.core.inmemory;

import org.smartbizflow.crm.contract.LineItemRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The LineItem repository contract on the in-memory store. */
class InMemoryLineItemRepositoryTest extends LineItemRepositoryContract {

    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();

    @Override
    protected CrmPersistence persistence() {
        return store;
    }
}
