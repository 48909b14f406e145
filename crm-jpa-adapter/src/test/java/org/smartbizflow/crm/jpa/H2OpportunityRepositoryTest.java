package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.OpportunityRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Opportunity repository contract on H2 in memory. */
class H2OpportunityRepositoryTest extends OpportunityRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.h2().persistence();
    }
}
