package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.TransactionRunnerContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Transaction runner contract on the PostgreSQL server named by CRM_TEST_POSTGRES_URL. */
class PostgresServerTransactionRunnerTest extends TransactionRunnerContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.postgresServer().persistence();
    }
}
