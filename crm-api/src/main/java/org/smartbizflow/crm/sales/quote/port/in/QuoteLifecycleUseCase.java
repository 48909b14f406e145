package org.smartbizflow.crm.sales.quote.port.in;

import org.smartbizflow.crm.sales.quote.QuoteId;
import org.smartbizflow.crm.sales.quote.QuoteTransition;

/** Moving quotes through DRAFT, SENT, ACCEPTED, REJECTED and EXPIRED; refusals are values. */
public interface QuoteLifecycleUseCase {

    QuoteTransition send(QuoteId quoteId);

    /**
     * Accepts a sent, unexpired quote. Refused when the deal already has an accepted quote
     * (the store enforces this too, for concurrent acceptances).
     */
    QuoteTransition accept(AcceptQuote command);

    QuoteTransition reject(QuoteId quoteId);

    /**
     * Moves every SENT quote whose last valid day lies before today (by the CRM's clock) to
     * EXPIRED; a host calls it from its daily scheduler.
     *
     * @return how many quotes expired
     */
    int expireOverdue();
}
