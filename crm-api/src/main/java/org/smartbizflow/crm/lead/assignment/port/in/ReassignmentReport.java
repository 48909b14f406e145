package org.smartbizflow.crm.lead.assignment.port.in;

import java.util.List;
import org.smartbizflow.crm.lead.port.in.BulkOutcome;

/**
 * One result per selected lead, in selection order; each lead was handled in a transaction
 * of its own with the access policy asked for it.
 *
 * @param items the per-lead results
 */
public record ReassignmentReport(List<ReassignmentItem> items) {

    public ReassignmentReport {
        items = List.copyOf(items);
    }

    public long count(BulkOutcome outcome) {
        return items.stream().filter(item -> item.outcome() == outcome).count();
    }
}
