package org.smartbizflow.crm.sales.quote.port.in;

import org.smartbizflow.crm.sales.quote.QuoteId;
import org.smartbizflow.crm.sales.quote.QuoteTransition;

/** Making and revising quotes. */
public interface PrepareQuoteUseCase {

    /** A DRAFT quote numbered from the tenant's gap-free sequence, with the deal's lines. */
    QuoteId create(CreateQuote command);

    /** Revises the quote from the deal's lines; an accepted quote refuses. */
    QuoteTransition revise(ReviseQuote command);
}
