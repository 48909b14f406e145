package org.smartbizflow.crm.core.inmemory;

import org.smartbizflow.crm.contract.ActivityRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The in-memory adapter holds the same activity contract as the database adapters. */
class InMemoryActivityRepositoryTest extends ActivityRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return new InMemoryCrmPersistence();
    }
}
