package org.smartbizflow.crm.contact.port.in;

import java.util.List;
import org.smartbizflow.crm.contact.Channel;
import org.smartbizflow.crm.contact.ConfirmationResult;
import org.smartbizflow.crm.contact.ConsentDecision;
import org.smartbizflow.crm.contact.ConsentRecord;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.DeliveryOutcome;
import org.smartbizflow.crm.contact.QuietHours;

/**
 * Communication preferences: consent per channel with its proof, double opt-in, quiet hours,
 * and the one check every sending path goes through.
 */
public interface ConsentUseCase {

    /**
     * Records an opt-in or opt-out, with its consent record.
     *
     * @throws org.smartbizflow.crm.shared.NotFoundException when the contact does not exist
     * @throws org.smartbizflow.crm.shared.ValidationException when the contact was erased
     */
    ConsentRecord recordConsent(RecordConsent command);

    /** Starts a double opt-in: the channel is PENDING until the contact confirms with the token. */
    DoubleOptIn requestDoubleOptIn(RequestDoubleOptIn command);

    /**
     * The contact presented a confirmation token (from the link in the confirmation mail).
     *
     * @param source where the confirmation came from, e.g. {@code confirmation-link}
     */
    ConfirmationResult confirmDoubleOptIn(String token, String source);

    /** Sets or (with null) clears the contact's quiet hours, read in the contact's time zone. */
    PreferencesView setQuietHours(ContactId contactId, QuietHours quietHours);

    /** The contact's current preferences. */
    PreferencesView preferences(ContactId contactId);

    /** The contact's consent records, oldest first. */
    List<ConsentRecord> consentHistory(ContactId contactId);

    /** May the contact be messaged on this channel now? */
    ConsentDecision mayContact(ContactId contactId, Channel channel);

    /**
     * Sends an e-mail through the host's {@code EmailGateway}, only if {@link #mayContact}
     * allows it on {@link Channel#EMAIL}; otherwise nothing is sent and the outcome says why.
     *
     * @throws RuntimeException when the host's gateway refuses the message (none configured)
     */
    DeliveryOutcome sendEmail(SendContactEmail command);

    /** Consent coverage per channel over the tenant's contacts, counted by the store. */
    List<ConsentCoverage> consentCoverage();
}
