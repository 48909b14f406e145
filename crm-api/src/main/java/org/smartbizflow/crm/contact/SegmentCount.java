package org.smartbizflow.crm.contact;

import java.util.UUID;

/**
 * Contacts by segment: how many visible contacts one saved segment selects or one static list
 * holds, counted by the store.
 *
 * @param kind     saved segment or static list
 * @param id       the segment's or list's id
 * @param name     its name
 * @param contacts how many contacts it has now
 */
public record SegmentCount(Kind kind, UUID id, String name, long contacts) {

    /** Where the count comes from. */
    public enum Kind {
        SEGMENT, LIST
    }
}
