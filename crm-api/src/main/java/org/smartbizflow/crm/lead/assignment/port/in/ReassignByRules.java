package org.smartbizflow.crm.lead.assignment.port.in;

import jakarta.validation.constraints.NotNull;
import org.smartbizflow.crm.lead.port.in.LeadSelection;

/**
 * Give every selected lead the owner the rules pick now.
 *
 * @param selection which leads: ids, or every visible lead a filter matches
 */
public record ReassignByRules(@NotNull LeadSelection selection) {
}
