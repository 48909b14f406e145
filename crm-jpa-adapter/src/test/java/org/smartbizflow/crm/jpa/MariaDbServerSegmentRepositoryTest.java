package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.SegmentRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The SegmentRepository contract on the MariaDB server named by CRM_TEST_MARIADB_URL. */
class MariaDbServerSegmentRepositoryTest extends SegmentRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.mariaDbServer().persistence();
    }
}
