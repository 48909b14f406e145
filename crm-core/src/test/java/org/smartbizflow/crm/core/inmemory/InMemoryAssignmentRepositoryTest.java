package org.smartbizflow.crm.core.inmemory;

import org.smartbizflow.crm.contract.AssignmentRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The in-memory adapter holds the same contract as the database adapters. */
class InMemoryAssignmentRepositoryTest extends AssignmentRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return new InMemoryCrmPersistence();
    }
}
