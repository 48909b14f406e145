package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.EventOutboxContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The event outbox contract on the PostgreSQL server named by CRM_TEST_POSTGRES_URL. */
class PostgresServerEventOutboxTest extends EventOutboxContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.postgresServer().persistence();
    }
}
