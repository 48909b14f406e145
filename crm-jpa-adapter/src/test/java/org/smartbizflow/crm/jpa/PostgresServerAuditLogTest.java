package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.AuditLogContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The audit log contract on the PostgreSQL server named by CRM_TEST_POSTGRES_URL. */
class PostgresServerAuditLogTest extends AuditLogContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.postgresServer().persistence();
    }
}
