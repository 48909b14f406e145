package org.smartbizflow.crm.lead;

import java.util.Set;

/** The outcome of asking a lead to change status: a business refusal is a value, not an exception. */
public sealed interface StatusChange {

    /**
     * The lead moved.
     *
     * @param from status before
     * @param to   status after
     */
    record Changed(LeadStatus from, LeadStatus to) implements StatusChange {
    }

    /**
     * The lead already had the status; nothing changed.
     *
     * @param status the current status
     */
    record Unchanged(LeadStatus status) implements StatusChange {
    }

    /**
     * The lifecycle forbids the move; nothing changed.
     *
     * @param from    current status
     * @param to      requested status
     * @param allowed the statuses the lead could move to
     * @param reason  why, in words
     */
    record Refused(LeadStatus from, LeadStatus to, Set<LeadStatus> allowed, String reason) implements StatusChange {
        public Refused {
            allowed = Set.copyOf(allowed);
        }
    }
}
