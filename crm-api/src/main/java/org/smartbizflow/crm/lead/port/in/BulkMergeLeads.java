package org.smartbizflow.crm.lead.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.smartbizflow.crm.lead.DuplicateGroup;
import org.smartbizflow.crm.lead.MergeChoices;

/**
 * Merge many groups of duplicates at once, each merged lead in a transaction of its own.
 *
 * @param groups  the groups, at most 10,000
 * @param choices which lead wins each field, for every pair
 */
public record BulkMergeLeads(@NotNull @Size(max = 10_000) List<MergeGroup> groups, @NotNull MergeChoices choices) {

    public BulkMergeLeads {
        groups = List.copyOf(groups);
    }

    /** The groups a duplicate scan returned, oldest lead surviving, blanks filled from the others. */
    public static BulkMergeLeads fromScan(List<DuplicateGroup> scan) {
        return new BulkMergeLeads(scan.stream().map(MergeGroup::fromScan).toList(), MergeChoices.fillBlanks());
    }
}
