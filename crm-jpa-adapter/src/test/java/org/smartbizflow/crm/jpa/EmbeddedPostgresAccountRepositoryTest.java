package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.AccountRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The account repository contract on embedded PostgreSQL. */
class EmbeddedPostgresAccountRepositoryTest extends AccountRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.embeddedPostgres().persistence();
    }
}
