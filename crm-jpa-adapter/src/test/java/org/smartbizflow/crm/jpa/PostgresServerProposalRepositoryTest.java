package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ProposalRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Proposal repository contract on the PostgreSQL server named by CRM_TEST_POSTGRES_URL. */
class PostgresServerProposalRepositoryTest extends ProposalRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.postgresServer().persistence();
    }
}
