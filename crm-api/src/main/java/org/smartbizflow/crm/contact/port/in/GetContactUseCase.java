package org.smartbizflow.crm.contact.port.in;

import java.util.List;
import java.util.Optional;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.shared.EmailAddress;

/** Read one contact. */
public interface GetContactUseCase {

    /**
     * @throws org.smartbizflow.crm.shared.NotFoundException when the tenant has no such contact
     * @throws org.smartbizflow.crm.shared.AccessDeniedException when the actor may not see it
     */
    ContactView get(ContactId id);

    /**
     * The contact with this address (primary or not), if any: what lead conversion asks before
     * it creates a contact.
     *
     * @throws org.smartbizflow.crm.shared.AccessDeniedException when the actor may not see it
     */
    Optional<ContactView> findByEmail(EmailAddress email);

    /**
     * The contact's managers, nearest first (empty when it reports to nobody).
     *
     * @throws org.smartbizflow.crm.shared.NotFoundException when the tenant has no such contact
     */
    List<ContactId> managers(ContactId id);
}
