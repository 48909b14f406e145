package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.QuoteRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Quote repository contract on H2 in memory. */
class H2QuoteRepositoryTest extends QuoteRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.h2().persistence();
    }
}
