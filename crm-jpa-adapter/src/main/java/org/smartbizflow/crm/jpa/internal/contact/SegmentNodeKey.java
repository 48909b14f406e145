package org.smartbizflow.crm.jpa.internal.contact;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The primary key of a segment's criteria rows: the segment and the node's place in pre-order. */
public class SegmentNodeKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private UUID segmentId;
    private int seq;

    public SegmentNodeKey() {
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SegmentNodeKey key && key.seq == seq && Objects.equals(key.segmentId, segmentId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(segmentId, seq);
    }
}
