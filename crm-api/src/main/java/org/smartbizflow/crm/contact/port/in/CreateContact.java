package org.smartbizflow.crm.contact.port.in;

import jakarta.validation.constraints.NotNull;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactProfile;
import org.smartbizflow.crm.shared.UserId;

/**
 * Create a contact.
 *
 * @param profile   name, channels, employer and the host's fields
 * @param ownerId   the owner; null makes the acting user the owner
 * @param reportsTo the contact's manager, or null
 */
public record CreateContact(@NotNull ContactProfile profile, UserId ownerId, ContactId reportsTo) {

    public static CreateContact of(ContactProfile profile) {
        return new CreateContact(profile, null, null);
    }

    public CreateContact ownedBy(UserId owner) {
        return new CreateContact(profile, owner, reportsTo);
    }

    public CreateContact reportingTo(ContactId manager) {
        return new CreateContact(profile, ownerId, manager);
    }
}
