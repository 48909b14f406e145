package org.smartbizflow.crm.core.inmemory;

import org.smartbizflow.crm.contract.AccountRelationshipRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The AccountRelationshipRepository contract on the in-memory store. */
class InMemoryAccountRelationshipRepositoryTest extends AccountRelationshipRepositoryContract {

    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();

    @Override
    protected CrmPersistence persistence() {
        return store;
    }
}
