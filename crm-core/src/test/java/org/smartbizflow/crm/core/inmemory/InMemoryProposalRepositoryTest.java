package org.smartbizflow.crm.core.inmemory;

import org.smartbizflow.crm.contract.ProposalRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Proposal repository contract on the in-memory store. */
class InMemoryProposalRepositoryTest extends ProposalRepositoryContract {

    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();

    @Override
    protected CrmPersistence persistence() {
        return store;
    }
}
