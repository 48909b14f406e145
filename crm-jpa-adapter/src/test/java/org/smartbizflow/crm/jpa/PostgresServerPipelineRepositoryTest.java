package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.PipelineRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Pipeline repository contract on the PostgreSQL server named by CRM_TEST_POSTGRES_URL. */
class PostgresServerPipelineRepositoryTest extends PipelineRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.postgresServer().persistence();
    }
}
