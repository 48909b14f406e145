package org.smartbizflow.crm.sales.contract.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.smartbizflow.crm.sales.contract.Contract;
import org.smartbizflow.crm.sales.contract.RenewalTerms;
import org.smartbizflow.crm.sales.quote.QuoteId;

/**
 * Make a contract from an accepted quote; its value is the quote's net total.
 *
 * @param quoteId   the accepted quote
 * @param title     title
 * @param startDate first day
 * @param endDate   last day
 * @param terms     renewal terms
 */
public record CreateContractFromQuote(@NotNull QuoteId quoteId, @NotBlank @Size(max = Contract.TITLE_MAX) String title,
                                      @NotNull LocalDate startDate, @NotNull LocalDate endDate,
                                      @NotNull RenewalTerms terms) {
}
