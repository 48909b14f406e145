package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.SegmentRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The SegmentRepository contract on H2 in memory. */
class H2SegmentRepositoryTest extends SegmentRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.h2().persistence();
    }
}
