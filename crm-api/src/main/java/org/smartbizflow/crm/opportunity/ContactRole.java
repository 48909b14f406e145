package org.smartbizflow.crm.opportunity;

import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * A contact's part in a deal (decision maker, champion, technical buyer, ...).
 *
 * @param contactId the contact
 * @param role      the role, free text up to 100 characters
 */
public record ContactRole(ContactId contactId, String role) {

    public static final int ROLE_MAX = 100;

    public ContactRole {
        Preconditions.notNull(contactId, "contactRole.contactId");
        role = Preconditions.maxLength(Preconditions.notBlank(role, "contactRole.role"), ROLE_MAX, "contactRole.role");
    }
}
