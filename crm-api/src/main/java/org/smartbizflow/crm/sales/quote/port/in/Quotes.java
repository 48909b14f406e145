package org.smartbizflow.crm.sales.quote.port.in;

/** All quote use cases, bound to one tenant and actor by a CRM session. */
public interface Quotes extends PrepareQuoteUseCase, QuoteLifecycleUseCase, ReadQuotesUseCase {
}
