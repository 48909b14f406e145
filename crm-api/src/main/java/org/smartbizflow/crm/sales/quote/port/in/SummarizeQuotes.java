package org.smartbizflow.crm.sales.quote.port.in;

import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.smartbizflow.crm.sales.quote.QuoteStatus;
import org.smartbizflow.crm.shared.DateRange;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * Sum the quotes dated in a period (by the CRM clock's zone), e.g. what was accepted this quarter.
 *
 * @param period   the days the quotes are dated in ({@link org.smartbizflow.crm.sales.quote.QuoteView#ratedOn})
 * @param statuses the statuses to cover; empty for every status
 */
public record SummarizeQuotes(@NotNull DateRange period, Set<QuoteStatus> statuses) {

    public SummarizeQuotes {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static SummarizeQuotes in(DateRange period) {
        return new SummarizeQuotes(Preconditions.notNull(period, "period"), Set.of());
    }

    public static SummarizeQuotes accepted(DateRange period) {
        return new SummarizeQuotes(Preconditions.notNull(period, "period"), Set.of(QuoteStatus.ACCEPTED));
    }
}
