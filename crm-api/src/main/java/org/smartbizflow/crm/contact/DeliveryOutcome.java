package org.smartbizflow.crm.contact;

/** What became of a message: handed to the mail system, or held back and why. */
public sealed interface DeliveryOutcome {

    /**
     * The mail system took the message.
     *
     * @param message what was sent
     */
    record Delivered(EmailMessage message) implements DeliveryOutcome {
    }

    /**
     * Nothing was sent.
     *
     * @param reason why (no consent, opted out, erased ...)
     */
    record Blocked(ConsentDecision.Reason reason) implements DeliveryOutcome {
    }
}
