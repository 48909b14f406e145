package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.PipelineRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Pipeline repository contract on H2 in memory. */
class H2PipelineRepositoryTest extends PipelineRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.h2().persistence();
    }
}
