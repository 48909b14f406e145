package org.smartbizflow.crm.contact.port.in;

import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.shared.Page;

/** Search contacts. */
public interface ListContactsUseCase {

    /** The page of visible contacts matching the filter, in creation order. */
    Page<ContactView> list(ListContacts query);

    /** How many visible contacts match the filter. */
    long count(ListContacts query);
}
