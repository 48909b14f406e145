package org.smartbizflow.crm.contact.port.in;

import java.util.List;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.contact.Segment;
import org.smartbizflow.crm.contact.SegmentCount;
import org.smartbizflow.crm.contact.SegmentId;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;

/**
 * Saved dynamic segments: named criteria kept by the CRM and evaluated by the store on every
 * read, so members follow the data. Members and counts are limited to the contacts the acting
 * user may see.
 */
public interface ContactSegmentsUseCase {

    /**
     * @return the new segment's id
     * @throws org.smartbizflow.crm.shared.ValidationException on {@code name} when blank, too
     *         long or taken, on {@code criteria} when missing or too large
     */
    SegmentId saveSegment(SaveSegment command);

    /** Renames or redefines a segment; returns it as stored. */
    Segment updateSegment(UpdateSegment command);

    void deleteSegment(SegmentId id);

    Segment segment(SegmentId id);

    /** Every saved segment of the tenant, by name. */
    List<Segment> segments();

    /** The segment's visible members now, in creation order, keyset-paged. */
    Page<ContactView> segmentMembers(SegmentId id, PageRequest page);

    /** How many visible contacts the segment selects now. */
    long segmentSize(SegmentId id);

    /**
     * Contacts by segment: the size of every saved segment and every static list, each one
     * count query in the store, segments first, each group by name.
     */
    List<SegmentCount> contactsBySegment();
}
