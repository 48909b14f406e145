package org.smartbizflow.crm.forecast;

import java.util.Currency;
import org.smartbizflow.crm.shared.Money;

/**
 * The distribution of the amount that will have closed by the end of a period, won deals
 * included. It answers the questions a sales leader asks of a forecast: how much at worst, at
 * best, most likely, and how likely is the target.
 */
public interface OutcomeDistribution {

    Currency currency();

    /** The amount {@code x} with P(total at most x) at least {@code p}; {@code p} in [0, 1]. */
    Money quantile(double p);

    /** P(total at least {@code target}). */
    double probabilityOfReaching(Money target);

    /** The expected total. */
    Money mean();
}
