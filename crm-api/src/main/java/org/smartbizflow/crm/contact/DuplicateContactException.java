package org.smartbizflow.crm.contact;

import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * A contact was refused because another contact of the tenant already has one of its e-mail
 * addresses: a tenant never has two contacts for one mailbox. Nothing was stored;
 * {@link #existing()} names the contact that holds {@link #email()} (both null when only
 * the database's unique index noticed, in a race with a concurrent writer).
 */
public class DuplicateContactException extends ValidationException {

    private final transient EmailAddress email;
    private final transient ContactId existing;

    public DuplicateContactException(EmailAddress email, ContactId existing) {
        super("emails", (email == null ? "one of the addresses" : email.toString()) + " already belongs to "
                + (existing == null ? "another contact" : "contact " + existing));
        this.email = email;
        this.existing = existing;
    }

    public EmailAddress email() {
        return email;
    }

    public ContactId existing() {
        return existing;
    }
}
