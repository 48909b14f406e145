package org.smartbizflow.crm.forecast;

import org.smartbizflow.crm.shared.Preconditions;

/**
 * A win rate learnt from history, with the evidence behind it so a caller can judge it.
 *
 * @param rate      wins over closed deals, 0 to 1
 * @param wins      won deals counted
 * @param closed    closed (won plus lost) deals counted
 * @param source    where the figure came from: {@code "segment"}, {@code "pipeline"} or {@code "default"}
 */
public record WinRate(double rate, int wins, int closed, String source) {

    public WinRate {
        Preconditions.check(rate >= 0 && rate <= 1, "rate", "must be between 0 and 1: " + rate);
        Preconditions.check(wins >= 0 && wins <= closed, "wins", "must be between 0 and closed");
        source = Preconditions.notBlank(source, "source");
    }
}
