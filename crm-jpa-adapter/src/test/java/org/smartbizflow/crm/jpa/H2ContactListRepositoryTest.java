package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ContactListRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The ContactListRepository contract on H2 in memory. */
class H2ContactListRepositoryTest extends ContactListRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.h2().persistence();
    }
}
