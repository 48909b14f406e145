package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.LeadSearchContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The lead search contract on H2 in memory. */
class H2LeadSearchTest extends LeadSearchContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.h2().persistence();
    }
}
