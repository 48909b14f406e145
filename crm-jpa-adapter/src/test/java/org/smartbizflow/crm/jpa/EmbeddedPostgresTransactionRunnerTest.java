package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.TransactionRunnerContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Transaction runner contract on embedded PostgreSQL. */
class EmbeddedPostgresTransactionRunnerTest extends TransactionRunnerContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.embeddedPostgres().persistence();
    }
}
