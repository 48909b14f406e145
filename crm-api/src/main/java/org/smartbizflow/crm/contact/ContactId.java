package org.smartbizflow.crm.contact;

import java.util.UUID;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Identity of a contact (a person at an account).
 *
 * @param value the UUID
 */
public record ContactId(UUID value) {

    public ContactId {
        Preconditions.notNull(value, "contactId");
    }

    public static ContactId of(UUID value) {
        return new ContactId(value);
    }

    public static ContactId parse(String text) {
        try {
            return new ContactId(UUID.fromString(Preconditions.notBlank(text, "contactId")));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("contactId", "is not a UUID: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
