package org.smartbizflow.crm.sales.lineitem;

import java.math.BigDecimal;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Percentage;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * A reduction on one line: none, a share of the line's gross amount, or a fixed amount in
 * the line's currency. Either way the result is exact at the currency's scale (percent
 * discounts are rounded half-even there).
 */
public sealed interface Discount {

    /** How much the discount takes off the gross amount; never more than the gross amount. */
    Money of(Money gross);

    /** How the discount is stored: {@code NONE}, {@code PERCENT} or {@code AMOUNT}. */
    String kind();

    /** The percentage or the amount, as a decimal; zero for none. */
    BigDecimal value();

    static Discount none() {
        return new None();
    }

    static Discount percent(Percentage rate) {
        return new Percent(rate);
    }

    static Discount percent(String rate) {
        return new Percent(Percentage.of(rate));
    }

    static Discount amount(Money amount) {
        return new Amount(amount);
    }

    /** Rebuilds a stored discount from its kind and value in the line's currency. */
    static Discount restore(String kind, BigDecimal value, java.util.Currency currency) {
        Preconditions.notNull(kind, "discount.kind");
        switch (kind) {
            case "NONE":
                return none();
            case "PERCENT":
                return new Percent(new Percentage(value));
            case "AMOUNT":
                return new Amount(Money.of(value, currency));
            default:
                throw new org.smartbizflow.crm.shared.ValidationException("discount.kind", "is not NONE, PERCENT or AMOUNT: " + kind);
        }
    }

    /** No discount. */
    record None() implements Discount {
        @Override
        public Money of(Money gross) {
            return Money.zero(gross.currency());
        }

        @Override
        public String kind() {
            return "NONE";
        }

        @Override
        public BigDecimal value() {
            return BigDecimal.ZERO;
        }
    }

    /**
     * A share of the gross amount.
     *
     * @param rate 0 to 100 percent
     */
    record Percent(Percentage rate) implements Discount {
        public Percent {
            Preconditions.notNull(rate, "discount");
        }

        @Override
        public Money of(Money gross) {
            return Money.rounded(gross.amount().multiply(rate.value()).movePointLeft(2), gross.currency());
        }

        @Override
        public String kind() {
            return "PERCENT";
        }

        @Override
        public BigDecimal value() {
            return rate.value();
        }
    }

    /**
     * A fixed amount off the line; not negative, and never more than the line's gross amount
     * (checked by the line).
     *
     * @param amount the amount, in the line's currency
     */
    record Amount(Money amount) implements Discount {
        public Amount {
            Preconditions.notNull(amount, "discount");
            Preconditions.check(!amount.isNegative(), "discount", "must not be negative: " + amount);
        }

        @Override
        public Money of(Money gross) {
            return amount;
        }

        @Override
        public String kind() {
            return "AMOUNT";
        }

        @Override
        public BigDecimal value() {
            return amount.amount();
        }
    }
}
