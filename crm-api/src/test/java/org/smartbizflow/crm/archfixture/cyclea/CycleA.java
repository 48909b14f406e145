package org.smartbizflow.crm.archfixture.cyclea;

/** Fixture: half of a package cycle with {@code archfixture.other}. */
public final class CycleA {

    public org.smartbizflow.crm.archfixture.other.CycleB partner() {
        return new org.smartbizflow.crm.archfixture.other.CycleB();
    }
}
