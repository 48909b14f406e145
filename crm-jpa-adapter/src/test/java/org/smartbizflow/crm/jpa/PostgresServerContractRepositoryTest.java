package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ContractRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Contract repository contract on the PostgreSQL server named by CRM_TEST_POSTGRES_URL. */
class PostgresServerContractRepositoryTest extends ContractRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.postgresServer().persistence();
    }
}
