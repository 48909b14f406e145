package org.smartbizflow.crm.forecast;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * The stage history of one deal: the stages it passed through in order and how it ended. Win
 * rates, stage-to-stage conversion and close-date slippage are learnt from these records, which
 * crm-core builds from opportunity stage changes.
 *
 * @param dealId             the deal's key
 * @param pipeline           the pipeline
 * @param segment            a segment (market, product line), or null
 * @param amount             the deal amount (for size bands)
 * @param stagesReached      stages entered, in order, the first one included
 * @param outcome            how it ended
 * @param firstExpectedClose the close date expected when the deal was created
 * @param closedOn           when it was won or lost; null while open
 */
public record DealHistory(String dealId, String pipeline, String segment, Money amount, List<String> stagesReached,
                          DealOutcome outcome, LocalDate firstExpectedClose, LocalDate closedOn) {

    public DealHistory {
        dealId = Preconditions.notBlank(dealId, "dealId");
        pipeline = Preconditions.notBlank(pipeline, "pipeline");
        segment = Preconditions.blankToNull(segment);
        Preconditions.notNull(amount, "amount");
        Preconditions.notNull(stagesReached, "stagesReached");
        stagesReached = List.copyOf(stagesReached);
        Preconditions.check(!stagesReached.isEmpty(), "stagesReached", "must name at least the first stage");
        Preconditions.notNull(outcome, "outcome");
        Preconditions.notNull(firstExpectedClose, "firstExpectedClose");
        Preconditions.check(outcome == DealOutcome.OPEN || closedOn != null, "closedOn",
                "must be set for a deal that is won or lost");
    }

    public boolean reached(String stage) {
        return stagesReached.contains(stage);
    }

    /** Days between the first expected close and the actual close; empty while open. */
    public OptionalLong slippageDays() {
        return closedOn == null ? OptionalLong.empty()
                : OptionalLong.of(ChronoUnit.DAYS.between(firstExpectedClose, closedOn));
    }
}
