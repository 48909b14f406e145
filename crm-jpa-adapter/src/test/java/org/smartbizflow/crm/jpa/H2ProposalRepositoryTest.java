package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ProposalRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Proposal repository contract on H2 in memory. */
class H2ProposalRepositoryTest extends ProposalRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.h2().persistence();
    }
}
