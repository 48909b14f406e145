package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.OpportunityRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Opportunity repository contract on embedded PostgreSQL. */
class EmbeddedPostgresOpportunityRepositoryTest extends OpportunityRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.embeddedPostgres().persistence();
    }
}
