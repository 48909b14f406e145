package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ActivityRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Activity repository contract on embedded PostgreSQL. */
class EmbeddedPostgresActivityRepositoryTest extends ActivityRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.embeddedPostgres().persistence();
    }
}
