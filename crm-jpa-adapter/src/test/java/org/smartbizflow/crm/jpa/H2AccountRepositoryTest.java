package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.AccountRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The account repository contract on H2 in memory. */
class H2AccountRepositoryTest extends AccountRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.h2().persistence();
    }
}
