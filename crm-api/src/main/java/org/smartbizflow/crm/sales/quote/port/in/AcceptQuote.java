package org.smartbizflow.crm.sales.quote.port.in;

import jakarta.validation.constraints.NotNull;
import org.smartbizflow.crm.sales.quote.QuoteId;

/**
 * Record that the customer accepted a quote.
 *
 * @param quoteId      the quote
 * @param markDealWon  whether to close the deal as won too (through the opportunity use cases,
 *                     when the opportunity context is present)
 */
public record AcceptQuote(@NotNull QuoteId quoteId, boolean markDealWon) {

    public static AcceptQuote of(QuoteId quoteId) {
        return new AcceptQuote(quoteId, false);
    }

    public AcceptQuote markingDealWon() {
        return new AcceptQuote(quoteId, true);
    }
}
