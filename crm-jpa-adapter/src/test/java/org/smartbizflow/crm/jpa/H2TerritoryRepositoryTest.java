package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.TerritoryRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The TerritoryRepository contract on H2 in memory. */
class H2TerritoryRepositoryTest extends TerritoryRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.h2().persistence();
    }
}
