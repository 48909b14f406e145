package org.smartbizflow.crm.core.contact;

import java.util.Objects;
import org.smartbizflow.crm.contact.Channel;
import org.smartbizflow.crm.contact.ConsentDecision;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.contact.DeliveryOutcome;
import org.smartbizflow.crm.contact.EmailMessage;
import org.smartbizflow.crm.contact.port.in.Contacts;
import org.smartbizflow.crm.contact.port.out.EmailDelivery;

/**
 * Wraps any mail system so that it only ever sends to contacts whose consent allows it, and
 * only to one of their own addresses: the decorator other contexts (nurturing, campaigns) put
 * in front of the host's mail port instead of checking consent themselves.
 */
public final class ConsentGatedDelivery implements EmailDelivery {

    private final Contacts contacts;
    private final EmailDelivery delegate;

    /**
     * @param contacts the contact use cases of the session sending (tenant and actor bound)
     * @param delegate the host's mail system
     */
    public ConsentGatedDelivery(Contacts contacts, EmailDelivery delegate) {
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public DeliveryOutcome deliver(EmailMessage message) {
        Objects.requireNonNull(message, "message");
        ConsentDecision decision = contacts.mayContact(message.contactId(), Channel.EMAIL);
        if (decision instanceof ConsentDecision.Denied denied) {
            return new DeliveryOutcome.Blocked(denied.reason());
        }
        ContactView contact = contacts.get(message.contactId());
        if (!contact.profile().emailAddresses().contains(message.to())) {
            return new DeliveryOutcome.Blocked(ConsentDecision.Reason.NO_ADDRESS);
        }
        return delegate.deliver(message);
    }
}
