package org.smartbizflow.crm.forecasting;

import java.math.BigDecimal;
import java.util.Currency;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.ValidationException;

/** Crossing between exact {@link Money} at the edges and primitive minor units in hot loops. */
final class MinorUnits {

    private MinorUnits() {
    }

    static long of(Money money, Currency expected) {
        if (!money.currency().equals(expected)) {
            throw new ValidationException("currency", "cannot combine " + money.currency().getCurrencyCode()
                    + " with " + expected.getCurrencyCode() + " without conversion");
        }
        return money.amount().movePointRight(Money.scaleOf(expected)).longValueExact();
    }

    static Money toMoney(double minor, Currency currency) {
        return Money.rounded(new BigDecimal(Math.round(minor)).movePointLeft(Money.scaleOf(currency)), currency);
    }
}
