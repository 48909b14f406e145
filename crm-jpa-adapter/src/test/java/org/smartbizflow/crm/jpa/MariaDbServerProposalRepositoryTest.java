package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ProposalRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The Proposal repository contract on the MariaDB server named by CRM_TEST_MARIADB_URL. */
class MariaDbServerProposalRepositoryTest extends ProposalRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.mariaDbServer().persistence();
    }
}
