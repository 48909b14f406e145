package org.smartbizflow.crm.contact.port.out;

import org.smartbizflow.crm.contact.DeliveryOutcome;
import org.smartbizflow.crm.contact.EmailMessage;

/**
 * The host's mail system, as the contact context sends through it. The CRM never calls a host's
 * delivery directly: it wraps it in a consent gate, so that no message reaches a contact who
 * has not opted in, whatever the caller.
 */
@FunctionalInterface
public interface EmailDelivery {

    /** Sends the message; returns {@link DeliveryOutcome.Delivered} once the mail system took it. */
    DeliveryOutcome deliver(EmailMessage message);

    /** A mail system that sends nothing and says so: the default until a host plugs its own in. */
    static EmailDelivery none() {
        return message -> new DeliveryOutcome.Blocked(org.smartbizflow.crm.contact.ConsentDecision.Reason.NO_MAIL_SYSTEM);
    }
}
