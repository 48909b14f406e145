package org.smartbizflow.crm.sales.quote;

/** The document formats a {@link org.smartbizflow.crm.sales.quote.port.out.QuoteRenderer} is asked for. */
public enum QuoteFormat {
    /** A self-contained HTML page. */
    HTML,
    /** Plain text, e.g. for an e-mail body. */
    TEXT
}
