package org.smartbizflow.crm.sales.product;

import java.time.LocalDate;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * The list price of a product in one currency for a span of days.
 *
 * @param productId the product
 * @param listPrice the price of one unit, not negative
 * @param validFrom first day the price applies
 * @param validTo   last day it applies, or null for open-ended
 */
public record PriceEntry(ProductId productId, Money listPrice, LocalDate validFrom, LocalDate validTo) {

    public PriceEntry {
        Preconditions.notNull(productId, "productId");
        Preconditions.notNull(listPrice, "listPrice");
        Preconditions.check(!listPrice.isNegative(), "listPrice", "must not be negative: " + listPrice);
        Preconditions.notNull(validFrom, "validFrom");
        Preconditions.check(validTo == null || !validTo.isBefore(validFrom), "validTo",
                "must not be before validFrom " + validFrom + ": " + validTo);
    }

    /** Whether the price applies on that day. */
    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** Whether this and the other entry price the same product in the same currency on a common day. */
    public boolean overlaps(PriceEntry other) {
        if (!productId.equals(other.productId) || !listPrice.currency().equals(other.listPrice.currency())) {
            return false;
        }
        boolean startsBeforeOtherEnds = other.validTo == null || !validFrom.isAfter(other.validTo);
        boolean otherStartsBeforeThisEnds = validTo == null || !other.validFrom.isAfter(validTo);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }
}
