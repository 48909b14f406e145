package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.AccountRelationshipRepositoryContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The AccountRelationshipRepository contract on H2 in memory. */
class H2AccountRelationshipRepositoryTest extends AccountRelationshipRepositoryContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.h2().persistence();
    }
}
