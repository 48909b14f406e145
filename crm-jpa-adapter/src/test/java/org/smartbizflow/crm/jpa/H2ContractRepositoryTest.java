package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ContractRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Contract repository contract on H2 in memory. */
class H2ContractRepositoryTest extends ContractRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.h2().persistence();
    }
}
