package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.NurtureRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Nurture repository contract on H2 in memory. */
class H2NurtureRepositoryTest extends NurtureRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.h2().persistence();
    }
}
