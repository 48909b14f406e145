package org.smartbizflow.crm.account;

/**
 * How big an organisation is by head count, in the bands sales teams segment by. Bands rather
 * than exact numbers because that is what hosts know reliably and what territories and
 * reports group by.
 */
public enum SizeBand {
    /** 1 to 9 employees. */
    MICRO(1, 9),
    /** 10 to 49 employees. */
    SMALL(10, 49),
    /** 50 to 249 employees. */
    MEDIUM(50, 249),
    /** 250 to 999 employees. */
    LARGE(250, 999),
    /** 1000 employees or more. */
    ENTERPRISE(1000, Integer.MAX_VALUE);

    private final int minEmployees;
    private final int maxEmployees;

    SizeBand(int minEmployees, int maxEmployees) {
        this.minEmployees = minEmployees;
        this.maxEmployees = maxEmployees;
    }

    public int minEmployees() {
        return minEmployees;
    }

    public int maxEmployees() {
        return maxEmployees;
    }

    /** The band of a head count. */
    public static SizeBand ofEmployees(int employees) {
        org.smartbizflow.crm.shared.Preconditions.check(employees >= 1, "employees", "must be at least 1");
        for (SizeBand band : values()) {
            if (employees <= band.maxEmployees) {
                return band;
            }
        }
        return ENTERPRISE;
    }
}
