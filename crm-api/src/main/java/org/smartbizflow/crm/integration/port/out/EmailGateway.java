package org.smartbizflow.crm.integration.port.out;

/**
 * How the CRM sends e-mail: the host plugs in its mail service (SMTP, a provider's API, a
 * queue). The CRM keeps no mail server settings of its own.
 */
public interface EmailGateway {

    /**
     * Hands the message over for delivery.
     *
     * @throws RuntimeException when the message was not accepted; the CRM records the failure
     *         with the exception's message and does not retry
     */
    void send(EmailMessage message);

    /** A gateway for a host that sends no e-mail: every message is refused with a clear reason. */
    static EmailGateway none() {
        return message -> {
            throw new IllegalStateException("no EmailGateway is configured (Crm.builder().emailGateway(...))");
        };
    }
}
