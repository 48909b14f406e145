package org.smartbizflow.crm.core.contact;

import org.smartbizflow.crm.contact.ConsentDecision;

/**
 * A message to a contact was held back because their consent does not allow it; nothing was
 * sent. Thrown by {@link ConsentGatedEmailGateway}, whose port reports refusals as exceptions.
 */
public final class ConsentRequiredException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final ConsentDecision.Reason reason;

    public ConsentRequiredException(String address, ConsentDecision.Reason reason) {
        super("no e-mail to " + address + ": the contact's consent does not allow it (" + reason + ")");
        this.reason = reason;
    }

    public ConsentDecision.Reason reason() {
        return reason;
    }
}
