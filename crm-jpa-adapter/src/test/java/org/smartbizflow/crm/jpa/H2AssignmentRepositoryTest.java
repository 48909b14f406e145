package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.AssignmentRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Assignment repository contract on H2 in memory. */
class H2AssignmentRepositoryTest extends AssignmentRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.h2().persistence();
    }
}
