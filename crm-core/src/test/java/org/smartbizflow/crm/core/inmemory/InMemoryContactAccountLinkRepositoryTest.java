package org.smartbizflow.crm.core.inmemory;

import org.smartbizflow.crm.contract.ContactAccountLinkRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The ContactAccountLinkRepository contract on the in-memory store. */
class InMemoryContactAccountLinkRepositoryTest extends ContactAccountLinkRepositoryContract {

    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();

    @Override
    protected CrmPersistence persistence() {
        return store;
    }
}
