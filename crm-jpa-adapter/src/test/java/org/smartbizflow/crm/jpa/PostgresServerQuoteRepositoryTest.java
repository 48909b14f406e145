package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.QuoteRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Quote repository contract on the PostgreSQL server named by CRM_TEST_POSTGRES_URL. */
class PostgresServerQuoteRepositoryTest extends QuoteRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.postgresServer().persistence();
    }
}
