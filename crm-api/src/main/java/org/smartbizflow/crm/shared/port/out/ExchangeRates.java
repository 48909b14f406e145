package org.smartbizflow.crm.shared.port.out;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Dated exchange rates, the only way the CRM turns an amount into another currency (Money
 * refuses to add unlike currencies). The host brings its treasury's rates; for won deals the
 * CRM asks for the rate of the close date, for open ones the rate of today.
 */
@FunctionalInterface
public interface ExchangeRates {

    /**
     * How many units of {@code to} one unit of {@code from} buys on the day, or empty when the
     * host has no such rate.
     */
    Optional<BigDecimal> rate(Currency from, Currency to, LocalDate on);

    /**
     * The amount in another currency at the day's rate, rounded half-even at the target
     * currency's scale; an amount already in that currency is returned unchanged.
     *
     * @throws ValidationException when no rate is known for the pair and day
     */
    default Money convert(Money amount, Currency to, LocalDate on) {
        Preconditions.notNull(amount, "amount");
        Preconditions.notNull(to, "currency");
        if (amount.currency().equals(to)) {
            return amount;
        }
        BigDecimal rate = rate(amount.currency(), to, on).orElseThrow(() -> new ValidationException("currency",
                "no exchange rate " + amount.currency().getCurrencyCode() + "->" + to.getCurrencyCode() + " on " + on));
        return Money.rounded(amount.amount().multiply(rate), to);
    }

    /** Knows no rate at all: every conversion between two currencies is refused. */
    static ExchangeRates none() {
        return (from, to, on) -> Optional.empty();
    }
}
