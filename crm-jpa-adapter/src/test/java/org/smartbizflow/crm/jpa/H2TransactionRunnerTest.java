package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.TransactionRunnerContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Transaction runner contract on H2 in memory. */
class H2TransactionRunnerTest extends TransactionRunnerContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.h2().persistence();
    }
}
