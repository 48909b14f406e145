package org.smartbizflow.crm.core.inmemory;

import org.smartbizflow.crm.contract.AccountRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The account repository contract on the in-memory store. */
class InMemoryAccountRepositoryTest extends AccountRepositoryContract {

    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();

    @Override
    protected CrmPersistence persistence() {
        return store;
    }
}
