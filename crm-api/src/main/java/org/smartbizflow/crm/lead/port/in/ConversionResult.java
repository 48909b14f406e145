package org.smartbizflow.crm.lead.port.in;

import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.opportunity.OpportunityId;

/** What a conversion did, or why it could not. */
public sealed interface ConversionResult {

    /**
     * The lead is converted.
     *
     * @param leadId         the lead
     * @param accountId      its account
     * @param accountCreated true when the conversion created the account, false when it matched one
     * @param contactId      its contact
     * @param contactCreated true when the conversion created the contact, false when it matched one
     * @param opportunityId  the opportunity opened, or null
     * @param repeated       true when the lead was already converted: these are the records of
     *                       that conversion and nothing new was created
     */
    record Converted(LeadId leadId, AccountId accountId, boolean accountCreated, ContactId contactId,
                     boolean contactCreated, OpportunityId opportunityId, boolean repeated) implements ConversionResult {
    }

    /**
     * The lead cannot be converted (it is not qualified, or it is merged); nothing changed.
     *
     * @param leadId the lead
     * @param reason why
     */
    record Refused(LeadId leadId, String reason) implements ConversionResult {
    }
}
