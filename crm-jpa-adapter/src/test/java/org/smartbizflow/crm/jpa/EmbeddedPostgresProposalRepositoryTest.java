package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ProposalRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Proposal repository contract on embedded PostgreSQL. */
class EmbeddedPostgresProposalRepositoryTest extends ProposalRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.embeddedPostgres().persistence();
    }
}
