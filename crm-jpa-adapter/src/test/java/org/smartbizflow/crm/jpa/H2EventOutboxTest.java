package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.EventOutboxContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The event outbox contract on H2 in memory. */
class H2EventOutboxTest extends EventOutboxContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.h2().persistence();
    }
}
