package org.smartbizflow.crm.core.inmemory;

import org.smartbizflow.crm.contract.ContactListRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The ContactListRepository contract on the in-memory store. */
class InMemoryContactListRepositoryTest extends ContactListRepositoryContract {

    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();

    @Override
    protected CrmPersistence persistence() {
        return store;
    }
}
