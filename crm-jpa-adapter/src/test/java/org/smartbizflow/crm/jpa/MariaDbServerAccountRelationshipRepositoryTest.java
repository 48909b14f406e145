package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.AccountRelationshipRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The AccountRelationshipRepository contract on the MariaDB server named by CRM_TEST_MARIADB_URL. */
class MariaDbServerAccountRelationshipRepositoryTest extends AccountRelationshipRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.mariaDbServer().persistence();
    }
}
