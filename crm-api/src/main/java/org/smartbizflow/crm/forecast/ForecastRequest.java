package org.smartbizflow.crm.forecast;

import java.util.Currency;
import java.util.List;
import org.smartbizflow.crm.shared.DateRange;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * The question put to a {@link org.smartbizflow.crm.forecast.port.out.PipelineForecaster}: which
 * deals, which period, in which currency, by which method. Deals outside the period are ignored,
 * so a caller can pass the whole open pipeline.
 *
 * @param period   the period (a month, a quarter or any range of days)
 * @param currency the corporate currency every amount is reported in
 * @param deals    the deals; amounts in other currencies need {@code rates}
 * @param rates    converts foreign amounts to {@code currency}, or null to refuse them
 * @param method   how to compute the distribution
 */
public record ForecastRequest(DateRange period, Currency currency, List<ForecastDeal> deals,
                              ExchangeRate rates, DistributionMethod method) {

    /** Converts an amount into the corporate currency, at the rate the host decides. */
    @FunctionalInterface
    public interface ExchangeRate {
        Money convert(Money amount, Currency to);
    }

    public ForecastRequest {
        Preconditions.notNull(period, "period");
        Preconditions.notNull(currency, "currency");
        Preconditions.notNull(deals, "deals");
        deals = List.copyOf(deals);
        Preconditions.notNull(method, "method");
    }

    /** Exact distribution, no exchange rates. */
    public static ForecastRequest of(DateRange period, Currency currency, List<ForecastDeal> deals) {
        return new ForecastRequest(period, currency, deals, null, DistributionMethod.exact());
    }

    public ForecastRequest withMethod(DistributionMethod newMethod) {
        return new ForecastRequest(period, currency, deals, rates, newMethod);
    }

    public ForecastRequest withRates(ExchangeRate newRates) {
        return new ForecastRequest(period, currency, deals, newRates, method);
    }

    public ForecastRequest withDeals(List<ForecastDeal> newDeals) {
        return new ForecastRequest(period, currency, newDeals, rates, method);
    }

    /** Zero in the corporate currency. */
    public Money zero() {
        return Money.zero(currency);
    }
}
