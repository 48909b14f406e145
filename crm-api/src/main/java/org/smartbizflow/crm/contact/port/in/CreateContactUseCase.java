package org.smartbizflow.crm.contact.port.in;

import org.smartbizflow.crm.contact.ContactId;

/** Create a contact. */
public interface CreateContactUseCase {

    /**
     * @return the new contact's id
     * @throws org.smartbizflow.crm.contact.DuplicateContactException when another contact of
     *         the tenant already has one of its e-mail addresses
     * @throws org.smartbizflow.crm.shared.ValidationException naming every invalid field
     * @throws org.smartbizflow.crm.shared.NotFoundException when the manager does not exist
     * @throws org.smartbizflow.crm.shared.AccessDeniedException when the actor may not create contacts
     */
    ContactId create(CreateContact command);
}
