package org.smartbizflow.crm.lead.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * Convert a qualified lead into an account, a contact and optionally an opportunity.
 *
 * @param leadId      the lead
 * @param accountId   an existing account to convert into, or null to match one by the e-mail's
 *                    domain and then by company name, creating it when none matches
 * @param opportunity the opportunity to open, or null for none
 */
public record ConvertLead(@NotNull LeadId leadId, AccountId accountId, NewOpportunity opportunity) {

    public static ConvertLead of(LeadId leadId) {
        return new ConvertLead(leadId, null, null);
    }

    /** Into this existing account instead of a matched or new one. */
    public ConvertLead intoAccount(AccountId account) {
        return new ConvertLead(leadId, account, opportunity);
    }

    /** Also opens an opportunity in the first stage of the default pipeline. */
    public ConvertLead withOpportunity(String name, Money amount, LocalDate expectedCloseDate) {
        return new ConvertLead(leadId, accountId, new NewOpportunity(name, amount, expectedCloseDate));
    }

    /**
     * The opportunity a conversion opens.
     *
     * @param name              the deal's name
     * @param amount            its value, or null
     * @param expectedCloseDate when it should close
     */
    public record NewOpportunity(@NotNull @Size(max = 200) String name, Money amount, @NotNull LocalDate expectedCloseDate) {
        public NewOpportunity {
            Preconditions.notBlank(name, "opportunity.name");
            Preconditions.notNull(expectedCloseDate, "opportunity.expectedCloseDate");
        }
    }
}
