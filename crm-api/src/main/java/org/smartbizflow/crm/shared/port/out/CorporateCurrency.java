package org.smartbizflow.crm.shared.port.out;

import java.util.Currency;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;

/** The currency a tenant reports in: boards, summaries and forecasts convert into it. */
@FunctionalInterface
public interface CorporateCurrency {

    Currency of(TenantId tenantId);

    /** The same currency for every tenant. */
    static CorporateCurrency fixed(Currency currency) {
        Preconditions.notNull(currency, "currency");
        return tenant -> currency;
    }
}
