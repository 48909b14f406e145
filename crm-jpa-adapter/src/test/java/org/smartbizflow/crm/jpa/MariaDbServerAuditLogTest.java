package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.AuditLogContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The audit log contract on the MariaDB server named by CRM_TEST_MARIADB_URL. */
class MariaDbServerAuditLogTest extends AuditLogContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.mariaDbServer().persistence();
    }
}
