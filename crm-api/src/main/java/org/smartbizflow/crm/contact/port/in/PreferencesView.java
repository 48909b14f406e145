package org.smartbizflow.crm.contact.port.in;

import java.util.List;
import org.smartbizflow.crm.contact.ChannelConsent;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.QuietHours;

/**
 * A contact's communication preferences as a screen shows them.
 *
 * @param contactId  the contact
 * @param consents   the channels anybody asked about (others are UNKNOWN)
 * @param quietHours quiet hours, or null
 * @param version    optimistic-concurrency version (0 before anything was stored)
 */
public record PreferencesView(ContactId contactId, List<ChannelConsent> consents, QuietHours quietHours,
                              long version) {

    public PreferencesView {
        consents = List.copyOf(consents);
    }
}
