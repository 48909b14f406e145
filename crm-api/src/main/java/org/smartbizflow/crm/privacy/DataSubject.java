package org.smartbizflow.crm.privacy;

import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * The person a data-protection request is about, named by their contact record, their e-mail
 * address, or both. With an address alone, the contact holding it (if any) and every lead with
 * it are found.
 *
 * @param contactId the contact, or null
 * @param email     an address of the person, or null
 */
public record DataSubject(ContactId contactId, EmailAddress email) {

    public DataSubject {
        Preconditions.check(contactId != null || email != null, "subject", "needs a contact or an e-mail address");
    }

    public static DataSubject contact(ContactId contactId) {
        return new DataSubject(Preconditions.notNull(contactId, "contactId"), null);
    }

    public static DataSubject email(EmailAddress email) {
        return new DataSubject(null, Preconditions.notNull(email, "email"));
    }
}
