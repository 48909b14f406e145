package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.PipelineRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Pipeline repository contract on the MariaDB server named by CRM_TEST_MARIADB_URL. */
class MariaDbServerPipelineRepositoryTest extends PipelineRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.mariaDbServer().persistence();
    }
}
