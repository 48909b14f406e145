package org.smartbizflow.crm.forecast;

import org.smartbizflow.crm.shared.Preconditions;

/**
 * One thing that moved between two forecast snapshots, for the "what changed since last week"
 * conversation.
 *
 * @param dealId the deal
 * @param kind   what happened
 * @param before the deal in the earlier snapshot, or null when new
 * @param after  the deal in the later snapshot, or null when it dropped out
 */
public record DealChange(String dealId, Kind kind, ForecastDeal before, ForecastDeal after) {

    /** The kinds of movement; a deal can show several (pushed and re-priced). */
    public enum Kind {
        /** Not in the earlier snapshot. */
        NEW,
        /** Became closed-won. */
        WON,
        /** Became omitted, or dropped out of the snapshot (lost or deleted). */
        LOST,
        /** Expected close moved later, out of or within the period. */
        PUSHED,
        /** Expected close moved earlier. */
        PULLED_IN,
        /** The amount changed. */
        AMOUNT_CHANGED,
        /** The forecast category changed (other than to won or lost). */
        CATEGORY_CHANGED
    }

    public DealChange {
        dealId = Preconditions.notBlank(dealId, "dealId");
        Preconditions.notNull(kind, "kind");
        Preconditions.check(before != null || after != null, "before", "one side must be present");
    }
}
