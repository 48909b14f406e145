package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ContactAccountLinkRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The ContactAccountLinkRepository contract on H2 in memory. */
class H2ContactAccountLinkRepositoryTest extends ContactAccountLinkRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.h2().persistence();
    }
}
