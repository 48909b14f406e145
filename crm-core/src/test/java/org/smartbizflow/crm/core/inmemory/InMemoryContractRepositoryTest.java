package org.smartbizflow.crm.core.inmemory;

import org.smartbizflow.crm.contract.ContractRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Contract repository contract on the in-memory store. */
class InMemoryContractRepositoryTest extends ContractRepositoryContract {

    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();

    @Override
    protected CrmPersistence persistence() {
        return store;
    }
}
