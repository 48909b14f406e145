package org.smartbizflow.crm.contact;

import java.util.UUID;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Identity of a static list of contacts.
 *
 * @param value the UUID
 */
public record ContactListId(UUID value) {

    public ContactListId {
        Preconditions.notNull(value, "contactListId");
    }

    public static ContactListId of(UUID value) {
        return new ContactListId(value);
    }

    public static ContactListId parse(String text) {
        try {
            return new ContactListId(UUID.fromString(Preconditions.notBlank(text, "contactListId")));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("contactListId", "is not a UUID: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
