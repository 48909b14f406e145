package org.smartbizflow.crm.sales.proposal;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a proposal document stands with the customer. ACCEPTED, DECLINED and WITHDRAWN are
 * final; a new version of a SENT proposal takes it back to DRAFT.
 */
public enum ProposalStatus {
    DRAFT, SENT, ACCEPTED, DECLINED, WITHDRAWN;

    public Set<ProposalStatus> successors() {
        switch (this) {
            case DRAFT:
                return EnumSet.of(SENT, WITHDRAWN);
            case SENT:
                return EnumSet.of(ACCEPTED, DECLINED, WITHDRAWN);
            default:
                return EnumSet.noneOf(ProposalStatus.class);
        }
    }

    public boolean isFinal() {
        return successors().isEmpty();
    }
}
