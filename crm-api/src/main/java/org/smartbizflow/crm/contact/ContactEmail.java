package org.smartbizflow.crm.contact;

import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * One of a contact's e-mail addresses. A contact may have several (work, private); exactly one
 * of them is the primary address that mail goes to.
 *
 * @param address the normalised address
 * @param label   what it is, e.g. {@code work}, or null
 * @param primary whether mail goes here
 */
public record ContactEmail(EmailAddress address, String label, boolean primary) {

    public static final int LABEL_MAX = 40;

    public ContactEmail {
        Preconditions.notNull(address, "email");
        label = Preconditions.maxLength(Preconditions.blankToNull(label), LABEL_MAX, "email.label");
    }

    /** A primary address without a label. */
    public static ContactEmail primary(EmailAddress address) {
        return new ContactEmail(address, null, true);
    }

    /** A further, non-primary address. */
    public static ContactEmail other(EmailAddress address, String label) {
        return new ContactEmail(address, label, false);
    }
}
