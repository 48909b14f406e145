package org.smartbizflow.crm.core.inmemory;

import org.smartbizflow.crm.contract.ActivityPlaybookRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The in-memory adapter holds the same activity playbook contract as the database adapters. */
class InMemoryActivityPlaybookRepositoryTest extends ActivityPlaybookRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return new InMemoryCrmPersistence();
    }
}
