package org.smartbizflow.crm.lead;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a lead stands. The allowed moves form the lifecycle the aggregate enforces:
 * <pre>
 * NEW ──► WORKING ◄──► NURTURING
 *  │        │  ▲           │
 *  ▼        ▼  │           ▼
 * QUALIFIED ◄──┴──► UNQUALIFIED
 *  │
 *  ▼
 * CONVERTED (final)
 * </pre>
 * Any open status can go to QUALIFIED or UNQUALIFIED; a qualified or unqualified lead can be
 * reopened to WORKING or NURTURING; only a QUALIFIED lead converts, and CONVERTED is final.
 * MERGED marks the tombstone of a lead merged into another; only a merge puts a lead there,
 * and it is final too.
 */
public enum LeadStatus {
    NEW, WORKING, NURTURING, QUALIFIED, UNQUALIFIED, CONVERTED, MERGED;

    /** The statuses this one may move to. */
    public Set<LeadStatus> successors() {
        return switch (this) {
            case NEW -> EnumSet.of(WORKING, NURTURING, QUALIFIED, UNQUALIFIED);
            case WORKING -> EnumSet.of(NURTURING, QUALIFIED, UNQUALIFIED);
            case NURTURING -> EnumSet.of(WORKING, QUALIFIED, UNQUALIFIED);
            case QUALIFIED -> EnumSet.of(WORKING, NURTURING, UNQUALIFIED, CONVERTED);
            case UNQUALIFIED -> EnumSet.of(WORKING, NURTURING, QUALIFIED);
            case CONVERTED, MERGED -> EnumSet.noneOf(LeadStatus.class);
        };
    }

    public boolean canMoveTo(LeadStatus target) {
        return successors().contains(target);
    }

    public boolean isFinal() {
        return this == CONVERTED || this == MERGED;
    }
}
