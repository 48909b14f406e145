package org.smartbizflow.crm.jpa;

/** The account roll-up over deals and contacts on PostgresServer. */
class PostgresServerAccountRollupTest extends AccountRollupChecks {

    @Override
    TestDatabase database() {
        return TestDatabase.postgresServer();
    }
}
