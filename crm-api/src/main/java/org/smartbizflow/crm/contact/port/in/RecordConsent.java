package org.smartbizflow.crm.contact.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.smartbizflow.crm.contact.Channel;
import org.smartbizflow.crm.contact.ChannelConsent;
import org.smartbizflow.crm.contact.ConsentStatus;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.LawfulBasis;

/**
 * Record that a contact opted in or out on a channel.
 *
 * @param contactId   the contact
 * @param channel     the channel
 * @param status      OPTED_IN or OPTED_OUT
 * @param lawfulBasis the lawful basis
 * @param source      where it came from, e.g. {@code call:2026-11-24} or {@code unsubscribe-link}
 */
public record RecordConsent(@NotNull ContactId contactId, @NotNull Channel channel, @NotNull ConsentStatus status,
                            @NotNull LawfulBasis lawfulBasis,
                            @NotBlank @Size(max = ChannelConsent.SOURCE_MAX) String source) {

    public static RecordConsent optIn(ContactId contact, Channel channel, String source) {
        return new RecordConsent(contact, channel, ConsentStatus.OPTED_IN, LawfulBasis.CONSENT, source);
    }

    public static RecordConsent optOut(ContactId contact, Channel channel, String source) {
        return new RecordConsent(contact, channel, ConsentStatus.OPTED_OUT, LawfulBasis.CONSENT, source);
    }
}
