package org.smartbizflow.crm.contact.port.in;

import jakarta.validation.constraints.NotNull;
import org.smartbizflow.crm.contact.ContactId;

/**
 * Set or clear the manager a contact reports to.
 *
 * @param contactId the contact
 * @param manager   the new manager, or null for none
 */
public record ChangeReportsTo(@NotNull ContactId contactId, ContactId manager) {
}
