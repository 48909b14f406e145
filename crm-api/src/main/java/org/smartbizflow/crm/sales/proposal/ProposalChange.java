package org.smartbizflow.crm.sales.proposal;

/** What became of a request to change a proposal: a refusal is a value. */
public sealed interface ProposalChange {

    /**
     * The proposal changed.
     *
     * @param from status before
     * @param to   status after
     */
    record Changed(ProposalStatus from, ProposalStatus to) implements ProposalChange {
    }

    /**
     * Nothing changed.
     *
     * @param status the proposal's status
     * @param reason why
     */
    record Refused(ProposalStatus status, String reason) implements ProposalChange {
    }
}
