package org.smartbizflow.crm.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * One row of an amount roll-up as the store computes it: the deals of a group in one currency
 * (and, for closed deals, one close date, the date their exchange rate is taken on), summed
 * exactly in that currency. Conversion to the corporate currency happens after, per row.
 *
 * @param key                    the group (a stage id or an owner id)
 * @param subKey                 the second level (a forecast category), or null
 * @param currency               the deals' currency, or null for deals without an amount
 * @param closedOn               the close date of closed deals, null for open ones
 * @param count                  how many deals
 * @param amount                 their amounts summed, exact
 * @param amountTimesProbability the sum of amount × probability (in percent), exact: weighted × 100
 */
public record AmountGroup(String key, String subKey, Currency currency, LocalDate closedOn, long count,
                          BigDecimal amount, BigDecimal amountTimesProbability) {

    public AmountGroup {
        Preconditions.notBlank(key, "key");
        Preconditions.check(count >= 0, "count", "must not be negative");
        amount = amount == null ? BigDecimal.ZERO : amount;
        amountTimesProbability = amountTimesProbability == null ? BigDecimal.ZERO : amountTimesProbability;
    }
}
