package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.LeadSearchContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The lead search contract on embedded PostgreSQL. */
class EmbeddedPostgresLeadSearchTest extends LeadSearchContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.embeddedPostgres().persistence();
    }
}
