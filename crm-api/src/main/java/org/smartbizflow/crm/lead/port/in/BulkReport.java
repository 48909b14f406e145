package org.smartbizflow.crm.lead.port.in;

import java.util.List;

/**
 * One result per selected lead, in selection order. Each lead is handled in a transaction of
 * its own, so one failing lead never undoes or blocks the others.
 *
 * @param items the per-lead results
 */
public record BulkReport(List<BulkItemResult> items) {

    public BulkReport {
        items = List.copyOf(items);
    }

    public long count(BulkOutcome outcome) {
        return items.stream().filter(item -> item.outcome() == outcome).count();
    }

    public long applied() {
        return count(BulkOutcome.APPLIED);
    }
}
