package org.smartbizflow.crm.sales.contract.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.contract.Contract;
import org.smartbizflow.crm.sales.contract.RenewalTerms;
import org.smartbizflow.crm.shared.Money;

/**
 * Make a contract from a won deal.
 *
 * @param opportunityId the deal
 * @param title         title
 * @param value         the contract value
 * @param startDate     first day
 * @param endDate       last day
 * @param terms         renewal terms
 */
public record CreateContractFromDeal(@NotNull OpportunityId opportunityId,
                                     @NotBlank @Size(max = Contract.TITLE_MAX) String title, @NotNull Money value,
                                     @NotNull LocalDate startDate, @NotNull LocalDate endDate,
                                     @NotNull RenewalTerms terms) {
}
