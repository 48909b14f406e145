package org.smartbizflow.crm.core.contact;

import org.smartbizflow.crm.contact.port.in.Contacts;
import org.smartbizflow.crm.contact.port.out.EmailDelivery;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.shared.CallContext;

/** Binds the contact use cases to a tenant and actor; used by the CRM session. */
public final class ContactUseCases {

    private ContactUseCases() {
    }

    /** The use cases with the host's mail system behind {@link Contacts#sendEmail}. */
    public static Contacts bind(CoreRuntime runtime, CallContext context, EmailDelivery mail) {
        return new ContactService(runtime, context, mail);
    }
}
