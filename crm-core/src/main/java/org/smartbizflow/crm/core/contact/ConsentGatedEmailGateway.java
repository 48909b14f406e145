package org.smartbizflow.crm.core.contact;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.smartbizflow.crm.contact.Channel;
import org.smartbizflow.crm.contact.CommunicationPreferences;
import org.smartbizflow.crm.contact.ConsentDecision;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.integration.port.out.EmailGateway;
import org.smartbizflow.crm.integration.port.out.EmailMessage;
import org.smartbizflow.crm.persistence.CrmPersistence;

/**
 * The consent gate in front of the host's mail system: a message to an address that belongs
 * to a contact goes out only when that contact opted in to e-mail (and was not erased); any
 * other message is refused with an exception naming the reason, which senders such as
 * nurturing record as the step's failure. Messages to addresses no contact holds (leads) pass
 * through unchanged. A host wraps its gateway in it before handing it to the {@code Crm}
 * builder, so that every sender (nurturing included) passes the gate;
 * {@code contacts().sendEmail} checks consent itself in any case.
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
        Optional<ConsentDecision.Denied> denied = store.transactions().inTransaction(() -> {
            Optional<ContactView> contact = store.contacts().findByEmail(message.tenantId(), message.to());
            return contact.flatMap(this::denial);
        });
        if (denied.isPresent()) {
            throw new ConsentRequiredException(message.to().value(), denied.get().reason());
        }
        delegate.send(message);
    }

    private Optional<ConsentDecision.Denied> denial(ContactView contact) {
        if (contact.erased()) {
            return Optional.of(new ConsentDecision.Denied(ConsentDecision.Reason.ERASED));
        }
        CommunicationPreferences prefs = store.consents().find(contact.tenantId(), contact.id())
                .orElseGet(() -> CommunicationPreferences.none(contact.tenantId(), contact.id()));
        ConsentDecision decision = prefs.decide(Channel.EMAIL, contact.profile().timeZone(), clock.instant());
        return decision instanceof ConsentDecision.Denied no ? Optional.of(no) : Optional.empty();
    }
}
