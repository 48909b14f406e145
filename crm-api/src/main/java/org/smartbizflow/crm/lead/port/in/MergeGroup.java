package org.smartbizflow.crm.lead.port.in;

import java.util.List;
import org.smartbizflow.crm.lead.DuplicateGroup;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * Leads to merge into one survivor.
 *
 * @param survivor the lead that remains
 * @param merged   the leads that become tombstones pointing at it, at least one
 */
public record MergeGroup(LeadId survivor, List<LeadId> merged) {

    public MergeGroup {
        Preconditions.notNull(survivor, "survivor");
        merged = List.copyOf(Preconditions.notNull(merged, "merged"));
        Preconditions.check(!merged.isEmpty(), "merged", "name at least one lead to merge");
        Preconditions.check(!merged.contains(survivor), "merged", "must not contain the survivor");
    }

    /** One explicit pair. */
    public static MergeGroup pair(LeadId survivor, LeadId merged) {
        return new MergeGroup(survivor, List.of(merged));
    }

    /** A group the duplicate scan found, the oldest lead surviving. */
    public static MergeGroup fromScan(DuplicateGroup group) {
        return new MergeGroup(group.leads().get(0), group.leads().subList(1, group.leads().size()));
    }
}
