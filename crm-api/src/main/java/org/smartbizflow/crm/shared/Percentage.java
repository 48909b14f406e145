package org.smartbizflow.crm.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A share between 0 and 100 inclusive, exact; e.g. a stage probability or a discount.
 *
 * @param value the percentage, 0 to 100
 */
public record Percentage(BigDecimal value) implements Comparable<Percentage> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Percentage {
        Preconditions.notNull(value, "percentage");
        Preconditions.check(value.signum() >= 0 && value.compareTo(HUNDRED) <= 0,
                "percentage", "must be between 0 and 100: " + value.toPlainString());
    }

    public static Percentage of(int value) {
        return new Percentage(BigDecimal.valueOf(value));
    }

    public static Percentage of(String value) {
        try {
            return new Percentage(new BigDecimal(Preconditions.notBlank(value, "percentage")));
        } catch (NumberFormatException e) {
            throw new ValidationException("percentage", "is not a number: " + value);
        }
    }

    /** The share as a fraction between 0 and 1, exact to 10 decimals. */
    public BigDecimal fraction() {
        return value.divide(HUNDRED, 10, RoundingMode.HALF_EVEN);
    }

    @Override
    public int compareTo(Percentage other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString() + "%";
    }
}
