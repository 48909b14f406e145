package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ContactRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Contact repository contract on H2 in memory. */
class H2ContactRepositoryTest extends ContactRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.h2().persistence();
    }
}
