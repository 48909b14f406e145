package org.smartbizflow.crm.contact.port.in;

import org.smartbizflow.crm.contact.ContactChange;

/** Edit a contact's profile. */
public interface UpdateContactUseCase {

    /**
     * @return the fields changed, or why the contact refused (it was erased)
     * @throws org.smartbizflow.crm.contact.DuplicateContactException when another contact of
     *         the tenant already has one of the new addresses
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when the stored version
     *         is not the expected one
     */
    ContactChange update(UpdateContact command);
}
