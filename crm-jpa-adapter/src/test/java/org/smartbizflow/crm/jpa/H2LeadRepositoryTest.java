package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.LeadRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Lead repository contract on H2 in memory. */
class H2LeadRepositoryTest extends LeadRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.h2().persistence();
    }
}
