package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.PipelineRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Pipeline repository contract on embedded PostgreSQL. */
class EmbeddedPostgresPipelineRepositoryTest extends PipelineRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.embeddedPostgres().persistence();
    }
}
