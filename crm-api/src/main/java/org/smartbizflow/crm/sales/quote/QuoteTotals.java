package org.smartbizflow.crm.sales.quote;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.smartbizflow.crm.sales.lineitem.LineTotals;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.port.out.ExchangeRates;

/**
 * Totals of quotes across currencies, converted explicitly. A quote keeps its own currency;
 * its net and total are summed exactly with the other quotes of that currency and date, each
 * such sum is converted once at the rate of its date (the quote's date, {@link QuoteView#ratedOn})
 * and rounded half-even at the target currency's scale, and the converted sums are added
 * last. The result does not depend on the order quotes are added in, and no amount is ever
 * added to one in another currency.
 */
public final class QuoteTotals {

    private record Key(Currency currency, LocalDate ratedOn) {
    }

    private final Map<Key, BigDecimal[]> sums = new HashMap<>();
    private long count;

    /**
     * Adds one quote's totals.
     *
     * @param totals  the quote's line totals, in its currency
     * @param ratedOn the day whose exchange rate converts it
     */
    public QuoteTotals add(LineTotals totals, LocalDate ratedOn) {
        Preconditions.notNull(totals, "totals");
        Preconditions.notNull(ratedOn, "ratedOn");
        BigDecimal[] sum = sums.computeIfAbsent(new Key(totals.net().currency(), ratedOn),
                k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        sum[0] = sum[0].add(totals.net().amount());
        sum[1] = sum[1].add(totals.total().amount());
        count++;
        return this;
    }

    /** Adds every quote of another tally (a page read earlier, another status). */
    public QuoteTotals addAll(QuoteTotals other) {
        Preconditions.notNull(other, "other");
        other.sums.forEach((key, sum) -> {
            BigDecimal[] mine = sums.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            mine[0] = mine[0].add(sum[0]);
            mine[1] = mine[1].add(sum[1]);
        });
        count += other.count;
        return this;
    }

    public long count() {
        return count;
    }

    /**
     * The net and the total (net plus tax) in {@code target}.
     *
     * @throws ValidationException naming the currency pair and day when a rate is missing
     */
    public Converted convert(Currency target, ExchangeRates rates) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(rates, "rates");
        int scale = Money.scaleOf(target);
        BigDecimal net = BigDecimal.ZERO.setScale(scale);
        BigDecimal total = BigDecimal.ZERO.setScale(scale);
        for (Map.Entry<Key, BigDecimal[]> entry : sums.entrySet()) {
            Currency from = entry.getKey().currency();
            LocalDate on = entry.getKey().ratedOn();
            BigDecimal rate = from.equals(target) ? BigDecimal.ONE : rates.rate(from, target, on).orElseThrow(
                    () -> new ValidationException("currency", "no exchange rate " + from.getCurrencyCode() + "->"
                            + target.getCurrencyCode() + " on " + on));
            // each group converted once and rounded at the target's scale, as ExchangeRates.convert does
            net = net.add(entry.getValue()[0].multiply(rate).setScale(scale, Money.ROUNDING));
            total = total.add(entry.getValue()[1].multiply(rate).setScale(scale, Money.ROUNDING));
        }
        return new Converted(count, Money.of(net, target), Money.of(total, target));
    }

    /**
     * Quote totals in one currency.
     *
     * @param count how many quotes
     * @param net   their net amounts (after discounts, before tax)
     * @param total their totals (net plus tax)
     */
    public record Converted(long count, Money net, Money total) {

        public Converted {
            Preconditions.check(count >= 0, "count", "must not be negative");
            Preconditions.notNull(net, "net");
            Preconditions.notNull(total, "total");
        }
    }
}
