package org.smartbizflow.crm.sales.quote;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a quote stands. A sent quote is changed only by revising it into a new DRAFT
 * revision; ACCEPTED is final; REJECTED and EXPIRED quotes may be revised and sent again.
 */
public enum QuoteStatus {
    DRAFT, SENT, ACCEPTED, REJECTED, EXPIRED;

    /** The statuses this one may move to by send, accept, reject or expire. */
    public Set<QuoteStatus> successors() {
        switch (this) {
            case DRAFT:
                return EnumSet.of(SENT);
            case SENT:
                return EnumSet.of(ACCEPTED, REJECTED, EXPIRED);
            default:
                return EnumSet.noneOf(QuoteStatus.class);
        }
    }

    /** Whether revising the quote is allowed (in place for DRAFT, as a new revision otherwise). */
    public boolean isRevisable() {
        return this != ACCEPTED;
    }
}
