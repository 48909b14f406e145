package org.smartbizflow.crm.sales.quote.port.in;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.smartbizflow.crm.sales.quote.QuoteId;

/**
 * Bring a quote up to date with its deal's current line items; a sent quote gets a new
 * revision.
 *
 * @param quoteId    the quote
 * @param validUntil the new last valid day, or null to keep it
 */
public record ReviseQuote(@NotNull QuoteId quoteId, LocalDate validUntil) {
}
