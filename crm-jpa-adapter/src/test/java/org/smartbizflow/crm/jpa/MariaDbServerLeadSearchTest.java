package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.LeadSearchContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The lead search contract on the MariaDB server named by CRM_TEST_MARIADB_URL. */
class MariaDbServerLeadSearchTest extends LeadSearchContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.mariaDbServer().persistence();
    }
}
