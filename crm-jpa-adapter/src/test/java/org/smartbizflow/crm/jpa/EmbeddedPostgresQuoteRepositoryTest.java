package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.QuoteRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Quote repository contract on embedded PostgreSQL. */
class EmbeddedPostgresQuoteRepositoryTest extends QuoteRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.embeddedPostgres().persistence();
    }
}
