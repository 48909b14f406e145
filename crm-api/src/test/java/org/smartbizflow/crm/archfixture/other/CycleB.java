package org.smartbizflow.crm.archfixture.other;

import org.smartbizflow.crm.archfixture.cyclea.CycleA;

/** Fixture: the other half of the package cycle. */
public final class CycleB {

    public CycleA partner() {
        return new CycleA();
    }
}
