package org.smartbizflow.crm.core.inmemory;

import org.smartbizflow.crm.contract.SegmentRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The SegmentRepository contract on the in-memory store. */
class InMemorySegmentRepositoryTest extends SegmentRepositoryContract {

    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();

    @Override
    protected CrmPersistence persistence() {
        return store;
    }
}
