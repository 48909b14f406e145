package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.LeadRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Lead repository contract on embedded PostgreSQL. */
class EmbeddedPostgresLeadRepositoryTest extends LeadRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.embeddedPostgres().persistence();
    }
}
