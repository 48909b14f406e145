package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.AssignmentRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Assignment repository contract on embedded PostgreSQL. */
class EmbeddedPostgresAssignmentRepositoryTest extends AssignmentRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.embeddedPostgres().persistence();
    }
}
