package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ContactCriteriaContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The segment criteria contract on H2 in memory. */
class H2ContactCriteriaTest extends ContactCriteriaContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.h2().persistence();
    }
}
