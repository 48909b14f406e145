package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.AccountRelationshipRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The AccountRelationshipRepository contract on embedded PostgreSQL. */
class EmbeddedPostgresAccountRelationshipRepositoryTest extends AccountRelationshipRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.embeddedPostgres().persistence();
    }
}
