package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.TransactionRunnerContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Transaction runner contract on the MariaDB server named by CRM_TEST_MARIADB_URL. */
class MariaDbServerTransactionRunnerTest extends TransactionRunnerContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.mariaDbServer().persistence();
    }
}
