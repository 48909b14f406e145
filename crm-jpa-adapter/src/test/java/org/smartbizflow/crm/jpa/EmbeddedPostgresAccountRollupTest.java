package org.smartbizflow.crm.jpa;

/** The account roll-up over deals and contacts on EmbeddedPostgres. */
class EmbeddedPostgresAccountRollupTest extends AccountRollupChecks {

    @Override
    TestDatabase database() {
        return TestDatabase.embeddedPostgres();
    }
}
