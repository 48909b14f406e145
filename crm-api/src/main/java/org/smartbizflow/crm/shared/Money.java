package org.smartbizflow.crm.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * An amount in one currency, exact (never {@code double}). The amount always carries the
 * currency's own scale (2 for EUR, 0 for JPY, 3 for KWD): input with more decimals than the
 * currency has is refused rather than silently rounded, and results of multiplication are
 * rounded half-even to that scale. Arithmetic refuses to mix currencies: converting is
 * explicit, through exchange rates.
 *
 * @param amount   the amount at the currency's scale
 * @param currency the ISO 4217 currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /** Rounding for every operation that can produce more decimals than the currency has. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    public Money {
        Preconditions.notNull(amount, "amount");
        Preconditions.notNull(currency, "currency");
        int scale = scaleOf(currency);
        BigDecimal stripped = amount.stripTrailingZeros();
        Preconditions.check(stripped.scale() <= scale, "amount",
                "has more decimals than " + currency.getCurrencyCode() + " allows (" + scale + "): " + amount.toPlainString());
        amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
    }

    /** Parses an amount such as {@code "120000.00"} in the currency with that ISO code. */
    public static Money of(String amount, String currencyCode) {
        return new Money(parseAmount(amount), currency(currencyCode));
    }

    public static Money of(BigDecimal amount, String currencyCode) {
        return new Money(amount, currency(currencyCode));
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /** An amount that may carry more decimals than the currency, rounded half-even to its scale. */
    public static Money rounded(BigDecimal amount, Currency currency) {
        Preconditions.notNull(amount, "amount");
        Preconditions.notNull(currency, "currency");
        return new Money(amount.setScale(scaleOf(currency), ROUNDING), currency);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public static Money zero(String currencyCode) {
        return zero(currency(currencyCode));
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** Multiplies by a factor (a quantity, a rate, a probability), rounding half-even. */
    public Money times(BigDecimal factor) {
        Preconditions.notNull(factor, "factor");
        return rounded(amount.multiply(factor), currency);
    }

    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public int scale() {
        return amount.scale();
    }

    /** Orders amounts of the same currency; refuses to compare across currencies. */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    private void requireSameCurrency(Money other) {
        Preconditions.notNull(other, "money");
        if (!currency.equals(other.currency)) {
            throw new ValidationException("currency", "cannot combine " + currency.getCurrencyCode()
                    + " with " + other.currency.getCurrencyCode() + " without conversion");
        }
    }

    /** The number of decimals the currency uses; currencies without one (XAU) use 4. */
    public static int scaleOf(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        return digits < 0 ? 4 : digits;
    }

    public static Currency currency(String code) {
        Preconditions.notBlank(code, "currency");
        try {
            return Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("currency", "is not an ISO 4217 currency code: " + code);
        }
    }

    private static BigDecimal parseAmount(String text) {
        String value = Preconditions.notBlank(text, "amount");
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new ValidationException("amount", "is not a decimal number: " + text);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
