package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.contract.AuditLogContract;
import org.smartbizflow.crm.persistence.CrmPersistence;

/** The audit log contract on embedded PostgreSQL. */
class EmbeddedPostgresAuditLogTest extends AuditLogContract {

    @Override
    protected CrmPersistence persistence() {
        return TestDatabase.embeddedPostgres().persistence();
    }
}
