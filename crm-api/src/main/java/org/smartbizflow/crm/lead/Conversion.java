package org.smartbizflow.crm.lead;

import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * What a converted lead became: the account and contact it was converted into and the
 * opportunity opened with it, if any. Kept on the lead so that repeating a conversion returns
 * the same records instead of creating new ones.
 *
 * @param accountId     the account (new or matched)
 * @param contactId     the contact (new or matched)
 * @param opportunityId the opportunity opened, or null
 */
public record Conversion(AccountId accountId, ContactId contactId, OpportunityId opportunityId) {

    public Conversion {
        Preconditions.notNull(accountId, "accountId");
        Preconditions.notNull(contactId, "contactId");
    }
}
