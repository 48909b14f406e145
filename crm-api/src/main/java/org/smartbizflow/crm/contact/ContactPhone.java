package org.smartbizflow.crm.contact;

import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * One of a contact's phone numbers; exactly one of them is the primary number to call.
 *
 * @param number  the E.164 number
 * @param label   what it is, e.g. {@code mobile}, or null
 * @param primary whether this is the number to call
 */
public record ContactPhone(PhoneNumber number, String label, boolean primary) {

    public static final int LABEL_MAX = 40;

    public ContactPhone {
        Preconditions.notNull(number, "phone");
        label = Preconditions.maxLength(Preconditions.blankToNull(label), LABEL_MAX, "phone.label");
    }

    /** A primary number without a label. */
    public static ContactPhone primary(PhoneNumber number) {
        return new ContactPhone(number, null, true);
    }

    /** A further, non-primary number. */
    public static ContactPhone other(PhoneNumber number, String label) {
        return new ContactPhone(number, label, false);
    }
}
