package org.smartbizflow.crm.core.runtime;

import java.util.Currency;
import java.util.Objects;
import org.smartbizflow.crm.scoring.port.out.WinProbabilityModel;
import org.smartbizflow.crm.shared.port.out.CorporateCurrency;
import org.smartbizflow.crm.shared.port.out.ExchangeRates;

/**
 * The ports the opportunity and pipeline use cases need beyond persistence: dated exchange
 * rates, the tenant's corporate currency and, optionally, a win-probability model.
 *
 * @param exchangeRates     converts amounts, dated
 * @param corporateCurrency each tenant's reporting currency
 * @param winProbability    the model that estimates open deals' probability, or null to use stage defaults
 */
public record DealPorts(ExchangeRates exchangeRates, CorporateCurrency corporateCurrency,
                        WinProbabilityModel winProbability) {

    public DealPorts {
        Objects.requireNonNull(exchangeRates, "exchangeRates");
        Objects.requireNonNull(corporateCurrency, "corporateCurrency");
    }

    /** No rates, EUR for every tenant, no model. */
    public static DealPorts defaults() {
        return new DealPorts(ExchangeRates.none(), CorporateCurrency.fixed(Currency.getInstance("EUR")), null);
    }
}
