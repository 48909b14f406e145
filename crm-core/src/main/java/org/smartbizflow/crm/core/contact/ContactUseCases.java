package org.smartbizflow.crm.core.contact;

import org.smartbizflow.crm.contact.port.in.Contacts;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.shared.CallContext;

/** Binds the contact use cases to a tenant and actor; used by the CRM session. */
public final class ContactUseCases {

    private ContactUseCases() {
    }

    public static Contacts bind(CoreRuntime runtime, CallContext context) {
        return new ContactService(runtime, context);
    }
}
