package org.smartbizflow.crm.opportunity;

import java.util.List;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * What re-asking the win-probability model for many open deals did, per deal: the deals
 * whose probability changed, and those the actor may see but not change (left as they were).
 * Deals with a probability set by hand are never examined.
 *
 * @param examined how many open deals the model was asked about
 * @param changed  the deals whose probability changed
 * @param denied   the deals the actor may not update
 */
public record ProbabilityRefresh(long examined, List<OpportunityId> changed, List<OpportunityId> denied) {

    public ProbabilityRefresh {
        Preconditions.check(examined >= 0, "examined", "must not be negative");
        changed = List.copyOf(Preconditions.notNull(changed, "changed"));
        denied = List.copyOf(Preconditions.notNull(denied, "denied"));
    }
}
