package org.smartbizflow.crm.lead;

import java.util.List;
import org.smartbizflow.crm.shared.FieldChange;

/** The outcome of merging one lead into another. */
public sealed interface MergeResult {

    /**
     * The leads were merged.
     *
     * @param survivor     the lead that remains
     * @param merged       the lead now a MERGED tombstone pointing at the survivor
     * @param changes      the survivor's fields that changed
     * @param mergedStatus the merged lead's status before
     */
    record Merged(LeadId survivor, LeadId merged, List<FieldChange> changes, LeadStatus mergedStatus)
            implements MergeResult {
        public Merged {
            changes = List.copyOf(changes);
        }
    }

    /**
     * The lead was already merged into the survivor; nothing changed (merging is idempotent).
     *
     * @param survivor the survivor
     * @param merged   the tombstone
     */
    record AlreadyMerged(LeadId survivor, LeadId merged) implements MergeResult {
    }

    /**
     * The merge is not allowed; nothing changed.
     *
     * @param reason why
     */
    record Refused(String reason) implements MergeResult {
    }
}
