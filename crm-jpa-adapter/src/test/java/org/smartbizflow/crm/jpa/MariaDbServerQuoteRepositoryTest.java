package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.QuoteRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Quote repository contract on the MariaDB server named by CRM_TEST_MARIADB_URL. */
class MariaDbServerQuoteRepositoryTest extends QuoteRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.mariaDbServer().persistence();
    }
}
