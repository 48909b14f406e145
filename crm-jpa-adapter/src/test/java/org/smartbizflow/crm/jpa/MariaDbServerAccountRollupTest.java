package org.smartbizflow.crm.jpa;

/** The account roll-up over deals and contacts on MariaDbServer. */
class MariaDbServerAccountRollupTest extends AccountRollupChecks {

    @Override
    TestDatabase database() {
        return TestDatabase.mariaDbServer();
    }
}
