package org.smartbizflow.crm.sales.quote;

import org.smartbizflow.crm.shared.Preconditions;

/**
 * The number a customer quotes back: per tenant, from 1, without gaps (a number is only
 * taken by a quote that was stored). All revisions of a quote share it.
 *
 * @param value 1 or more
 */
public record QuoteNumber(long value) implements Comparable<QuoteNumber> {

    public QuoteNumber {
        Preconditions.check(value >= 1, "quoteNumber", "must be 1 or more: " + value);
    }

    public static QuoteNumber of(long value) {
        return new QuoteNumber(value);
    }

    @Override
    public int compareTo(QuoteNumber other) {
        return Long.compare(value, other.value);
    }

    /** The printed form, e.g. {@code Q-000042}. */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "Q-%06d", value);
    }
}
