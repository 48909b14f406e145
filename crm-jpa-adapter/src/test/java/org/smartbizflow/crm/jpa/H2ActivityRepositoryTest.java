package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ActivityRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Activity repository contract on H2 in memory. */
class H2ActivityRepositoryTest extends ActivityRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.h2().persistence();
    }
}
