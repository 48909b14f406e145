package org.smartbizflow.crm.sales.quote.port.in;

import java.util.List;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.quote.QuoteFormat;
import org.smartbizflow.crm.sales.quote.QuoteId;
import org.smartbizflow.crm.sales.quote.QuoteSummary;
import org.smartbizflow.crm.sales.quote.QuoteView;
import org.smartbizflow.crm.sales.quote.RenderedQuote;

/** Reading and rendering quotes. */
public interface ReadQuotesUseCase {

    QuoteView quote(QuoteId quoteId);

    /** The deal's quotes, newest number first. */
    List<QuoteView> quotesOf(OpportunityId opportunityId);

    /** The quote's current revision as a customer document, through the configured renderer. */
    RenderedQuote render(QuoteId quoteId, QuoteFormat format);

    /**
     * The quotes dated in the period that the actor may see, summed in the corporate currency;
     * each quote keeps its own currency and is converted at the rate of its date.
     *
     * @throws org.smartbizflow.crm.shared.ValidationException naming the currency pair and day
     *         when the host has no rate for a quote's currency on its date
     */
    QuoteSummary summarize(SummarizeQuotes query);
}
