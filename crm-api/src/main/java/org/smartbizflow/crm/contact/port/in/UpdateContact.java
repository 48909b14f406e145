package org.smartbizflow.crm.contact.port.in;

import jakarta.validation.constraints.NotNull;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactProfile;

/**
 * Replace a contact's profile (what the edit form shows).
 *
 * @param contactId       the contact
 * @param profile         the new profile
 * @param expectedVersion the version the user edited, or null to overwrite whatever is stored
 */
public record UpdateContact(@NotNull ContactId contactId, @NotNull ContactProfile profile, Long expectedVersion) {
}
