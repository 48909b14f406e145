package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.TerritoryRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The TerritoryRepository contract on embedded PostgreSQL. */
class EmbeddedPostgresTerritoryRepositoryTest extends TerritoryRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.embeddedPostgres().persistence();
    }
}
