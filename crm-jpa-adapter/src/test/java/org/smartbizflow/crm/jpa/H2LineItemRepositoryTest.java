package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.LineItemRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The LineItem repository contract on H2 in memory. */
class H2LineItemRepositoryTest extends LineItemRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.h2().persistence();
    }
}
