package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ContactCriteriaContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The segment criteria contract on the MariaDB server named by CRM_TEST_MARIADB_URL. */
class MariaDbServerContactCriteriaTest extends ContactCriteriaContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.mariaDbServer().persistence();
    }
}
