package org.smartbizflow.crm.core;

import org.smartbizflow.crm.contact.port.in.Contacts;
import org.smartbizflow.crm.contact.port.out.EmailDelivery;
import org.smartbizflow.crm.core.contact.ContactUseCases;
import org.smartbizflow.crm.core.lead.LeadUseCases;
import org.smartbizflow.crm.core.privacy.PrivacyUseCases;
import org.smartbizflow.crm.privacy.port.in.Privacy;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.lead.port.in.Leads;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.TenantId;

/**
 * The CRM's use cases for one tenant and acting user, bound once per request so that no call
 * needs to pass them. Cheap to create; not meant to outlive the request.
 */
public final class CrmSession {

    private final CoreRuntime runtime;
    private final CallContext context;
    private Leads leads;
    private Contacts contacts;
    private Privacy privacy;

    private final EmailDelivery emailDelivery;

    CrmSession(CoreRuntime runtime, CallContext context, EmailDelivery emailDelivery) {
        this.runtime = runtime;
        this.context = context;
        this.emailDelivery = emailDelivery;
    }

    public TenantId tenantId() {
        return context.tenantId();
    }

    public Actor actor() {
        return context.actor();
    }

    /** Capture, read, search and qualify leads. */
    public Leads leads() {
        if (leads == null) {
            leads = LeadUseCases.bind(runtime, context);
        }
        return leads;
    }

    /** Create, read, search and edit contacts; their consent, and e-mail that respects it. */
    public Contacts contacts() {
        if (contacts == null) {
            contacts = ContactUseCases.bind(runtime, context, emailDelivery);
        }
        return contacts;
    }

    /** Data-protection requests: export everything held about a person, or erase them. */
    public Privacy privacy() {
        if (privacy == null) {
            privacy = PrivacyUseCases.bind(runtime, context);
        }
        return privacy;
    }
}
