package org.smartbizflow.crm.core.inmemory;

import org.smartbizflow.crm.contract.ContactCriteriaContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The in-memory adapter evaluates segment criteria as the reference does. */
class InMemoryContactCriteriaTest extends ContactCriteriaContract {

    @Override
    protected CrmPersistence persistence() {
        return new InMemoryCrmPersistence();
    }
}
