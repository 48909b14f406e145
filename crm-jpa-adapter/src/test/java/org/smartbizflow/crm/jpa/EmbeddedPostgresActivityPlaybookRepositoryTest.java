package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ActivityPlaybookRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The activity playbook repository contract on embedded PostgreSQL. */
class EmbeddedPostgresActivityPlaybookRepositoryTest extends ActivityPlaybookRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.embeddedPostgres().persistence();
    }
}
