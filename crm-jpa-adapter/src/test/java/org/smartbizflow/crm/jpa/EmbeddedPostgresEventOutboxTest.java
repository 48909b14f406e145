package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.EventOutboxContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The event outbox contract on embedded PostgreSQL. */
class EmbeddedPostgresEventOutboxTest extends EventOutboxContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.embeddedPostgres().persistence();
    }
}
