package org.smartbizflow.crm.jpa;

/** The account roll-up over deals and contacts on H2. */
class H2AccountRollupTest extends AccountRollupChecks {

    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
