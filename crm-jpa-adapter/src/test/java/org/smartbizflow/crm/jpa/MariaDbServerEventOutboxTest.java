package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.EventOutboxContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The event outbox contract on the MariaDB server named by CRM_TEST_MARIADB_URL. */
class MariaDbServerEventOutboxTest extends EventOutboxContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.mariaDbServer().persistence();
    }
}
