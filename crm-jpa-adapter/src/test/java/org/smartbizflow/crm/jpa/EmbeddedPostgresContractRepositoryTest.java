package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ContractRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Contract repository contract on embedded PostgreSQL. */
class EmbeddedPostgresContractRepositoryTest extends ContractRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.embeddedPostgres().persistence();
    }
}
