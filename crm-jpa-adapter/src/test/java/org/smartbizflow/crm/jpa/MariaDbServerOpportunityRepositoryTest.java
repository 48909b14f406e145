package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.OpportunityRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Opportunity repository contract on the MariaDB server named by CRM_TEST_MARIADB_URL. */
class MariaDbServerOpportunityRepositoryTest extends OpportunityRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.mariaDbServer().persistence();
    }
}
