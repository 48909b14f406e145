package org.smartbizflow.crm.lead.port.in;

import java.util.List;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.shared.Preconditions;

/** Which leads a bulk operation works on: a list of ids, or every visible lead a filter matches. */
public sealed interface LeadSelection {

    /**
     * These leads, in this order; an id may be unknown (reported per item).
     *
     * @param ids the lead ids, at most {@value #MAX_IDS}
     */
    record Ids(List<LeadId> ids) implements LeadSelection {
        public static final int MAX_IDS = 100_000;

        public Ids {
            ids = List.copyOf(Preconditions.notNull(ids, "ids"));
            Preconditions.check(ids.size() <= MAX_IDS, "ids", "must be at most " + MAX_IDS + "; select by filter instead");
        }
    }

    /**
     * Every lead the actor may see that matches the filter, in id order.
     *
     * @param filter the criteria
     */
    record Matching(LeadFilter filter) implements LeadSelection {
        public Matching {
            Preconditions.notNull(filter, "filter");
        }
    }

    static LeadSelection of(List<LeadId> ids) {
        return new Ids(ids);
    }

    static LeadSelection matching(LeadFilter filter) {
        return new Matching(filter);
    }
}
