package org.smartbizflow.crm.contact.port.in;

import jakarta.validation.constraints.NotNull;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.shared.UserId;

/**
 * Hand a contact to another owner.
 *
 * @param contactId the contact
 * @param ownerId   the new owner
 */
public record AssignContact(@NotNull ContactId contactId, @NotNull UserId ownerId) {
}
