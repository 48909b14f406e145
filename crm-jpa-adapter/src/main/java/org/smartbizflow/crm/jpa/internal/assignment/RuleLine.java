package org.smartbizflow.crm.jpa.internal.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One rule of a rule set, a row of {@code crm_assignment_rule}. Set-valued conditions are kept
 * as comma-separated values (enum names, country codes, territory keys, none of which contains
 * a comma), null for "any".
 */
@Embeddable
class RuleLine {

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "sources", length = 1000)
    private String sources;

    @Column(name = "countries", length = 1000)
    private String countries;

    @Column(name = "territories", length = 4000)
    private String territories;

    @Column(name = "min_employees")
    private Integer minEmployees;

    @Column(name = "max_employees")
    private Integer maxEmployees;

    @Column(name = "target_kind", nullable = false, length = 8)
    private String targetKind;

    @Column(name = "target", nullable = false, length = 128)
    private String target;

    @Column(name = "target_capacity")
    private Integer targetCapacity;

    /** Custom-field conditions, encoded by the repository; null for none. */
    @Column(name = "custom_conditions", length = Integer.MAX_VALUE)
    private String customConditions;

    protected RuleLine() {
    }

    RuleLine(String name, String sources, String countries, String territories, Integer minEmployees,
             Integer maxEmployees, String targetKind, String target, Integer targetCapacity,
             String customConditions) {
        this.targetCapacity = targetCapacity;
        this.customConditions = customConditions;
        this.name = name;
        this.sources = sources;
        this.countries = countries;
        this.territories = territories;
        this.minEmployees = minEmployees;
        this.maxEmployees = maxEmployees;
        this.targetKind = targetKind;
        this.target = target;
    }

    String name() {
        return name;
    }

    String sources() {
        return sources;
    }

    String countries() {
        return countries;
    }

    String territories() {
        return territories;
    }

    Integer minEmployees() {
        return minEmployees;
    }

    Integer maxEmployees() {
        return maxEmployees;
    }

    String targetKind() {
        return targetKind;
    }

    String target() {
        return target;
    }

    Integer targetCapacity() {
        return targetCapacity;
    }

    String customConditions() {
        return customConditions;
    }
}
