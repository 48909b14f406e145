package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ContactAccountLinkRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The ContactAccountLinkRepository contract on embedded PostgreSQL. */
class EmbeddedPostgresContactAccountLinkRepositoryTest extends ContactAccountLinkRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.embeddedPostgres().persistence();
    }
}
