package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.LineItemRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The LineItem repository contract on embedded PostgreSQL. */
class EmbeddedPostgresLineItemRepositoryTest extends LineItemRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.embeddedPostgres().persistence();
    }
}
