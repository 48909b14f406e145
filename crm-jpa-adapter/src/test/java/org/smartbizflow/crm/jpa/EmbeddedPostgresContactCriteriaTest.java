package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ContactCriteriaContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The segment criteria contract on embedded PostgreSQL. */
class EmbeddedPostgresContactCriteriaTest extends ContactCriteriaContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.embeddedPostgres().persistence();
    }
}
