package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.AuditLogContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The audit log contract on H2 in memory. */
class H2AuditLogTest extends AuditLogContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.h2().persistence();
    }
}
