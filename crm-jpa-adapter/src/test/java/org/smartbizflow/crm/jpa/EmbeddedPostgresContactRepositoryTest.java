package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ContactRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Contact repository contract on embedded PostgreSQL. */
class EmbeddedPostgresContactRepositoryTest extends ContactRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.embeddedPostgres().persistence();
    }
}
