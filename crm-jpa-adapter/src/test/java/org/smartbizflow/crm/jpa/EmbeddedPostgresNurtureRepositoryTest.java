package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.NurtureRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Nurture repository contract on embedded PostgreSQL. */
class EmbeddedPostgresNurtureRepositoryTest extends NurtureRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.embeddedPostgres().persistence();
    }
}
