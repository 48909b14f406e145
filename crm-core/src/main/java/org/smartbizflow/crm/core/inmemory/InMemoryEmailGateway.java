package org.smartbizflow.crm.core.inmemory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.smartbizflow.crm.integration.port.out.EmailGateway;
import org.smartbizflow.crm.integration.port.out.EmailMessage;

/**
 * An e-mail gateway that keeps every message instead of sending it: for prototypes, demos
 * and hosts' tests that want to see what the CRM would have sent. Thread-safe.
 */
public final class InMemoryEmailGateway implements EmailGateway {

    private final List<EmailMessage> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(EmailMessage message) {
        sent.add(message);
    }

    /** The messages handed over so far, in order. */
    public List<EmailMessage> sent() {
        return List.copyOf(sent);
    }
}
