package org.smartbizflow.crm.core.inmemory;

import org.smartbizflow.crm.contract.NurtureRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The in-memory adapter holds the same contract as the database adapters. */
class InMemoryNurtureRepositoryTest extends NurtureRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return new InMemoryCrmPersistence();
    }
}
