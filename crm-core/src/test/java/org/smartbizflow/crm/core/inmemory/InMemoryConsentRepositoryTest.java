package org.smartbizflow.crm.core.inmemory;

import org.smartbizflow.crm.contract.ConsentRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The in-memory adapter holds the same consent contract as the database adapters. */
class InMemoryConsentRepositoryTest extends ConsentRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return new InMemoryCrmPersistence();
    }
}
