package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.ActivityPlaybookRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The activity playbook repository contract on H2 in memory. */
class H2ActivityPlaybookRepositoryTest extends ActivityPlaybookRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.h2().persistence();
    }
}
