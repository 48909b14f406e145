package org.smartbizflow.crm.core.sales;

import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.sales.port.in.Sales;
import org.smartbizflow.crm.sales.quote.port.out.QuoteRenderer;
import org.smartbizflow.crm.shared.CallContext;

/** Binds the sales use cases to a tenant and actor; used by the CRM session. */
public final class SalesUseCases {

    private SalesUseCases() {
    }

    public static Sales bind(CoreRuntime runtime, CallContext context) {
        QuoteRenderer renderer = runtime.quoteRenderer() != null ? runtime.quoteRenderer() : new PlainQuoteRenderer();
        return new SalesService(new SalesSupport(runtime, context, new DetachedDeals()), renderer);
    }
}
