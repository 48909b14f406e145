package org.smartbizflow.crm.contact.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.smartbizflow.crm.contact.ContactId;

/**
 * Send an e-mail to a contact's primary address, if their consent allows it.
 *
 * @param contactId the contact
 * @param subject   subject line
 * @param body      plain-text body
 */
public record SendContactEmail(@NotNull ContactId contactId, @NotBlank @Size(max = 998) String subject,
                               @NotNull String body) {
}
