package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ConsentRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The consent repository contract on H2 in memory. */
class H2ConsentRepositoryTest extends ConsentRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.h2().persistence();
    }
}
