package org.smartbizflow.crm.opportunity;

import java.util.List;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * What re-asking the win-probability model for many open deals did, per deal: the deals
 * whose probability changed, those the actor may see but not change (left as they were), and
 * those someone else changed while the refresh was at them (left as the other change made
 * them; a later refresh estimates them again). Deals with a probability set by hand are never
 * examined.
 *
 * @param examined   how many open deals the model was asked about
 * @param changed    the deals whose probability changed
 * @param denied     the deals the actor may not update
 * @param conflicted the deals changed concurrently between reading and writing them
 */
public record ProbabilityRefresh(long examined, List<OpportunityId> changed, List<OpportunityId> denied,
                                 List<OpportunityId> conflicted) {

    public ProbabilityRefresh {
        Preconditions.check(examined >= 0, "examined", "must not be negative");
        changed = List.copyOf(Preconditions.notNull(changed, "changed"));
        denied = List.copyOf(Preconditions.notNull(denied, "denied"));
        conflicted = List.copyOf(Preconditions.notNull(conflicted, "conflicted"));
    }
}
