package org.smartbizflow.crm.lead.assignment;

import org.smartbizflow.crm.shared.Preconditions;

/**
 * A company-size band by head count, both ends inclusive; an open upper end reaches any size.
 * A lead of unknown size is in no band.
 *
 * @param min the smallest head count in the band
 * @param max the largest head count in the band, or null for no upper end
 */
public record EmployeeBand(int min, Integer max) {

    public EmployeeBand {
        Preconditions.check(min >= 0, "employees.min", "must not be negative");
        Preconditions.check(max == null || max >= min, "employees.max", "must not be below employees.min");
    }

    public static EmployeeBand between(int min, int max) {
        return new EmployeeBand(min, max);
    }

    public static EmployeeBand atLeast(int min) {
        return new EmployeeBand(min, null);
    }

    public boolean contains(Integer employees) {
        return employees != null && employees >= min && (max == null || employees <= max);
    }

    @Override
    public String toString() {
        return max == null ? min + "+" : min + "-" + max;
    }
}
