package org.smartbizflow.crm.contact;

import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * One e-mail to one contact, as handed to the host's mail system.
 *
 * @param contactId the contact it is for (whose consent was checked)
 * @param to        their primary address
 * @param subject   subject line
 * @param body      plain-text body
 */
public record EmailMessage(ContactId contactId, EmailAddress to, String subject, String body) {

    public EmailMessage {
        Preconditions.notNull(contactId, "contactId");
        Preconditions.notNull(to, "to");
        Preconditions.maxLength(Preconditions.notBlank(subject, "subject"), 998, "subject");
        Preconditions.notNull(body, "body");
    }
}
