package org.smartbizflow.crm.forecast;

/**
 * The rep's call on a deal, the vocabulary of a forecast call. Roll-ups are cumulative:
 * Commit includes Closed and Best Case includes Commit, so the order of the constants matters.
 */
public enum ForecastCategory {
    /** Won: the amount is booked. */
    CLOSED,
    /** The rep stakes their word on it. */
    COMMIT,
    /** Could close this period if things go well. */
    BEST_CASE,
    /** Open and counted in the pipeline, but not called. */
    PIPELINE,
    /** Left out of every roll-up (lost, or excluded by the rep). */
    OMITTED;

    /** Whether a deal of this category counts in the roll-up of {@code rollUp}. */
    public boolean rollsUpInto(ForecastCategory rollUp) {
        return this != OMITTED && rollUp != OMITTED && ordinal() <= rollUp.ordinal();
    }
}
