package org.smartbizflow.crm.sales.quote;

/** What became of a request to move a quote: a business refusal is a value, not an exception. */
public sealed interface QuoteTransition {

    /**
     * The quote moved.
     *
     * @param from status before
     * @param to   status after
     */
    record Changed(QuoteStatus from, QuoteStatus to) implements QuoteTransition {
    }

    /**
     * The quote could not move; nothing changed.
     *
     * @param status the quote's status
     * @param reason why, in words a user can act on
     */
    record Refused(QuoteStatus status, String reason) implements QuoteTransition {
    }
}
