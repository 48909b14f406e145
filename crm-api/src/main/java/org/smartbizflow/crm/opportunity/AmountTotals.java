package org.smartbizflow.crm.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.port.out.ExchangeRates;

/**
 * Totals of deal amounts across currencies, converted explicitly. Amounts are summed exactly
 * per currency and rate date first; each such sum is then converted once at its rate (the
 * close date's for closed deals, today's for open ones) and rounded half-even at the target
 * currency's scale; the converted sums are added last. The result therefore does not depend on
 * the order deals are added in, and no amount is ever added to one in another currency.
 */
public final class AmountTotals {

    private record Key(Currency currency, LocalDate rateDate) {
    }

    private final Map<Key, BigDecimal[]> sums = new HashMap<>();
    private long count;

    /** Adds one deal (amount null for a deal without an amount); {@code closedOn} null for an open deal. */
    public AmountTotals add(Money amount, BigDecimal probabilityPercent, LocalDate closedOn) {
        Preconditions.notNull(probabilityPercent, "probability");
        return add(amount == null ? null : amount.currency(), closedOn, 1,
                amount == null ? BigDecimal.ZERO : amount.amount(),
                amount == null ? BigDecimal.ZERO : amount.amount().multiply(probabilityPercent));
    }

    /** Adds a group the store summed. */
    public AmountTotals add(AmountGroup group) {
        return add(group.currency(), group.closedOn(), group.count(), group.amount(), group.amountTimesProbability());
    }

    private AmountTotals add(Currency currency, LocalDate closedOn, long deals, BigDecimal amount,
                             BigDecimal amountTimesProbability) {
        count += deals;
        if (currency == null) {
            return this;
        }
        BigDecimal[] sum = sums.computeIfAbsent(new Key(currency, closedOn),
                k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        sum[0] = sum[0].add(amount);
        sum[1] = sum[1].add(amountTimesProbability);
        return this;
    }

    public long count() {
        return count;
    }

    /**
     * The total and the probability-weighted total in {@code target}.
     *
     * @param today the rate date for open deals
     * @throws ValidationException naming the currency pair and day when a rate is missing
     */
    public Converted convert(Currency target, ExchangeRates rates, LocalDate today) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(rates, "rates");
        Objects.requireNonNull(today, "today");
        int scale = Money.scaleOf(target);
        BigDecimal total = BigDecimal.ZERO.setScale(scale);
        BigDecimal weighted = BigDecimal.ZERO.setScale(scale);
        for (Map.Entry<Key, BigDecimal[]> entry : sums.entrySet()) {
            Currency from = entry.getKey().currency();
            LocalDate on = entry.getKey().rateDate() != null ? entry.getKey().rateDate() : today;
            BigDecimal rate = from.equals(target) ? BigDecimal.ONE : rates.rate(from, target, on).orElseThrow(
                    () -> new ValidationException("currency", "no exchange rate " + from.getCurrencyCode() + "->"
                            + target.getCurrencyCode() + " on " + on));
            // each group converted once and rounded at the target's scale, as Money.rounded does
            total = total.add(entry.getValue()[0].multiply(rate).setScale(scale, Money.ROUNDING));
            weighted = weighted.add(entry.getValue()[1].multiply(rate).movePointLeft(2).setScale(scale, Money.ROUNDING));
        }
        return new Converted(count, Money.of(total, target), Money.of(weighted, target));
    }

    /**
     * Totals in one currency.
     *
     * @param count    how many deals
     * @param total    their amounts
     * @param weighted their amounts weighted by probability
     */
    public record Converted(long count, Money total, Money weighted) {
    }
}
