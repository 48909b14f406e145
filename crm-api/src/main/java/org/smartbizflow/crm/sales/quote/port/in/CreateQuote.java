package org.smartbizflow.crm.sales.quote.port.in;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.smartbizflow.crm.opportunity.OpportunityId;

/**
 * Make a quote of a deal's current line items.
 *
 * @param opportunityId the deal, which must have line items
 * @param validUntil    the last day the customer may accept it
 */
public record CreateQuote(@NotNull OpportunityId opportunityId, @NotNull LocalDate validUntil) {
}
