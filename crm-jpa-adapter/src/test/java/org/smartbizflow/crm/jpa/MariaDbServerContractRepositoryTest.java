package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ContractRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Contract repository contract on the MariaDB server named by CRM_TEST_MARIADB_URL. */
class MariaDbServerContractRepositoryTest extends ContractRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.mariaDbServer().persistence();
    }
}
