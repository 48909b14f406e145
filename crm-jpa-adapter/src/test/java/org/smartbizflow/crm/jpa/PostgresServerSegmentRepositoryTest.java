package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.SegmentRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The SegmentRepository contract on the PostgreSQL server named by CRM_TEST_POSTGRES_URL. */
class PostgresServerSegmentRepositoryTest extends SegmentRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.postgresServer().persistence();
    }
}
