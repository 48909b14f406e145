package org.smartbizflow.crm.core.contact;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.smartbizflow.crm.contact.Channel;
import org.smartbizflow.crm.contact.CommunicationPreferences;
import org.smartbizflow.crm.contact.ConsentDecision;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.integration.port.out.EmailGateway;
import org.smartbizflow.crm.integration.port.out.EmailMessage;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.TenantId;

/**
 * The consent gate in front of the host's mail system, which {@code Crm.builder()} puts in front
 * of every {@code emailGateway(..)} it is given: a message goes out only when its address
 * belongs to a contact who opted in to e-mail (and was not erased). Everything else is refused
 * with an exception naming the reason, before the host's gateway sees it:
 * <ul>
 *   <li>an address no contact holds (a lead that is not also a contact) has no consent record,
 *       so no lawful basis for marketing mail is on file: refused as {@code NO_CONSENT};</li>
 *   <li>a contact who never answered, is pending confirmation or opted out: refused with that
 *       reason.</li>
 * </ul>
 * A lead's consent is therefore its contact's: the contact holding the same normalised address
 * (conversion makes one; a host may create one from a web form's opt-in). Consent recorded
 * under any lawful basis counts once it is OPTED_IN, so a soft opt-in under legitimate
 * interests is recorded as such. Senders report refusals as values: nurturing records the step
 * as SKIPPED, {@code contacts().sendEmail} answers {@code Blocked}.
 */
public final class ConsentGatedEmailGateway implements EmailGateway {

    private final CrmPersistence store;
    private final Clock clock;
    private final EmailGateway delegate;

    public ConsentGatedEmailGateway(CrmPersistence store, Clock clock, EmailGateway delegate) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public void send(EmailMessage message) {
        Objects.requireNonNull(message, "message");
        ConsentDecision decision = store.transactions().inTransaction(
                () -> decide(store, clock.instant(), message.tenantId(), message.to()));
        if (decision instanceof ConsentDecision.Denied denied) {
            throw new ConsentRequiredException(message.to().value(), denied.reason());
        }
        delegate.send(message);
    }

    /**
     * May e-mail go to this address now? The one answer every sender asks, in the caller's
     * transaction: allowed only for an address of a contact whose e-mail consent allows it.
     */
    public static ConsentDecision decide(CrmPersistence store, Instant now, TenantId tenantId, EmailAddress to) {
        Objects.requireNonNull(to, "to");
        Optional<ContactView> contact = store.contacts().findByEmail(tenantId, to);
        if (contact.isEmpty()) {
            return new ConsentDecision.Denied(ConsentDecision.Reason.NO_CONSENT);
        }
        if (contact.get().erased()) {
            return new ConsentDecision.Denied(ConsentDecision.Reason.ERASED);
        }
        CommunicationPreferences prefs = store.consents().find(tenantId, contact.get().id())
                .orElseGet(() -> CommunicationPreferences.none(tenantId, contact.get().id()));
        return prefs.decide(Channel.EMAIL, contact.get().profile().timeZone(), now);
    }

    /** The host's gateway behind the gate. */
    public EmailGateway delegate() {
        return delegate;
    }
}
