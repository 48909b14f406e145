package org.smartbizflow.crm.sales.quote.port.in;

import java.util.List;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.quote.QuoteFormat;
import org.smartbizflow.crm.sales.quote.QuoteId;
import org.smartbizflow.crm.sales.quote.QuoteView;
import org.smartbizflow.crm.sales.quote.RenderedQuote;

/** Reading and rendering quotes. */
public interface ReadQuotesUseCase {

    QuoteView quote(QuoteId quoteId);

    /** The deal's quotes, newest number first. */
    List<QuoteView> quotesOf(OpportunityId opportunityId);

    /** The quote's current revision as a customer document, through the configured renderer. */
    RenderedQuote render(QuoteId quoteId, QuoteFormat format);
}
