package org.smartbizflow.crm.sales.quote.port.out;

import org.smartbizflow.crm.sales.quote.QuoteFormat;
import org.smartbizflow.crm.sales.quote.QuoteView;
import org.smartbizflow.crm.sales.quote.RenderedQuote;

/**
 * Turns a quote into a customer document. Hosts plug in their own templates (a template
 * engine, a PDF generator) here; the core module brings a plain HTML and text layout as the
 * default.
 */
@FunctionalInterface
public interface QuoteRenderer {

    /**
     * Renders the quote's current revision.
     *
     * @throws org.smartbizflow.crm.shared.ValidationException when the format is not supported
     */
    RenderedQuote render(QuoteView quote, QuoteFormat format);
}
