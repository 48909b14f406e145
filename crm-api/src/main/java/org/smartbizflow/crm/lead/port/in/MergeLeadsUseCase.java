package org.smartbizflow.crm.lead.port.in;

import org.smartbizflow.crm.lead.MergeResult;

/**
 * Merge duplicates: the survivor takes the chosen fields, the merged lead's audit history
 * moves to the survivor, and the merged lead stays as a MERGED tombstone pointing at it, so
 * links to it can still be resolved. Repeating a merge returns
 * {@link MergeResult.AlreadyMerged} and changes nothing.
 */
public interface MergeLeadsUseCase {

    /**
     * @throws org.smartbizflow.crm.shared.NotFoundException when either lead is unknown
     * @throws org.smartbizflow.crm.shared.AccessDeniedException when the actor may not change both
     */
    MergeResult merge(MergeLeads command);

    /**
     * Merges every group; one result per merged lead (in group order), with the access policy
     * asked for both leads of each pair. A merge that already happened reports UNCHANGED.
     */
    BulkReport mergeAll(BulkMergeLeads command);
}
