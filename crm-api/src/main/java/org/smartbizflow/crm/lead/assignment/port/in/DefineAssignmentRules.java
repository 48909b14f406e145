package org.smartbizflow.crm.lead.assignment.port.in;

import jakarta.validation.constraints.NotNull;
import org.smartbizflow.crm.lead.assignment.AssignmentRules;

/**
 * Replace the tenant's assignment rules.
 *
 * @param rules           the new rules
 * @param expectedVersion the version the caller edited, to refuse a concurrent edit; null to
 *                        replace whatever is stored
 */
public record DefineAssignmentRules(@NotNull AssignmentRules rules, Long expectedVersion) {

    public static DefineAssignmentRules of(AssignmentRules rules) {
        return new DefineAssignmentRules(rules, null);
    }
}
