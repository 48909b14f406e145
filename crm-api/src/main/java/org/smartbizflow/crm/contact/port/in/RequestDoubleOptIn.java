package org.smartbizflow.crm.contact.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.smartbizflow.crm.contact.Channel;
import org.smartbizflow.crm.contact.ChannelConsent;
import org.smartbizflow.crm.contact.ContactId;

/**
 * Ask a contact to confirm their consent (double opt-in).
 *
 * @param contactId the contact
 * @param channel   the channel
 * @param source    where the request came from, e.g. {@code web-form:newsletter}
 * @param validFor  how long the confirmation token works
 */
public record RequestDoubleOptIn(@NotNull ContactId contactId, @NotNull Channel channel,
                                 @NotBlank @Size(max = ChannelConsent.SOURCE_MAX) String source,
                                 @NotNull Duration validFor) {

    public RequestDoubleOptIn {
        if (validFor != null && (validFor.isNegative() || validFor.isZero())) {
            throw new org.smartbizflow.crm.shared.ValidationException("validFor", "must be positive");
        }
    }
}
