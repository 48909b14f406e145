package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.SegmentRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The SegmentRepository contract on embedded PostgreSQL. */
class EmbeddedPostgresSegmentRepositoryTest extends SegmentRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.embeddedPostgres().persistence();
    }
}
