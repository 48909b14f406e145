package org.smartbizflow.crm.lead.port.in;

import jakarta.validation.constraints.NotNull;

/**
 * Apply one action to many leads.
 *
 * @param selection which leads
 * @param action    what to do to each
 */
public record BulkLeadCommand(@NotNull LeadSelection selection, @NotNull BulkLeadAction action) {
}
