package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ConsentRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The consent repository contract on embedded PostgreSQL. */
class EmbeddedPostgresConsentRepositoryTest extends ConsentRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.embeddedPostgres().persistence();
    }
}
