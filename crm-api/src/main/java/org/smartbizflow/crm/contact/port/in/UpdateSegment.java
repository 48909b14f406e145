package org.smartbizflow.crm.contact.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.smartbizflow.crm.contact.ContactCriteria;
import org.smartbizflow.crm.contact.SegmentId;

/**
 * Rename a segment, give it new criteria, or both.
 *
 * @param segmentId       the segment
 * @param name            the new name, or null to keep it
 * @param criteria        the new criteria, or null to keep them
 * @param expectedVersion the version the caller read, or null to skip the check
 */
public record UpdateSegment(@NotNull SegmentId segmentId, @Size(max = 100) String name, ContactCriteria criteria,
                            Long expectedVersion) {

    public static UpdateSegment rename(SegmentId id, String name) {
        return new UpdateSegment(id, name, null, null);
    }

    public static UpdateSegment redefine(SegmentId id, ContactCriteria criteria) {
        return new UpdateSegment(id, null, criteria, null);
    }
}
