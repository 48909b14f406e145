package org.smartbizflow.crm.sales.quote;

import java.util.Currency;
import java.util.Map;
import org.smartbizflow.crm.shared.DateRange;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * The quotes dated in a period, summed in the corporate currency: each quote converted at
 * the rate of its own date ({@link QuoteView#ratedOn}).
 *
 * @param period   the period the quotes are dated in
 * @param currency the corporate currency the sums are in
 * @param all      every quote covered
 * @param byStatus the same per status (statuses without quotes are absent)
 */
public record QuoteSummary(DateRange period, Currency currency, QuoteTotals.Converted all,
                           Map<QuoteStatus, QuoteTotals.Converted> byStatus) {

    public QuoteSummary {
        Preconditions.notNull(period, "period");
        Preconditions.notNull(currency, "currency");
        Preconditions.notNull(all, "all");
        byStatus = Map.copyOf(Preconditions.notNull(byStatus, "byStatus"));
    }
}
