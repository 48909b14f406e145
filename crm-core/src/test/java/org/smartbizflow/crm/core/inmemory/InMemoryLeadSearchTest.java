package org.smartbizflow.crm.core.inmemory;

import org.smartbizflow.crm.contract.LeadSearchContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The in-memory adapter holds the same contract as the database adapters. */
class InMemoryLeadSearchTest extends LeadSearchContract {

    @Override
    protected CrmPersistence persistence() {
        return new InMemoryCrmPersistence();
    }
}
