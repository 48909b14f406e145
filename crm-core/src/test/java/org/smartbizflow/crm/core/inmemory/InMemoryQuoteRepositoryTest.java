package org.smartbizflow.crm.core.inmemory;

import org.smartbizflow.crm.contract.QuoteRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Quote repository contract on the in-memory store. */
class InMemoryQuoteRepositoryTest extends QuoteRepositoryContract {

    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();

    @Override
    protected CrmPersistence persistence() {
        return store;
    }
}
