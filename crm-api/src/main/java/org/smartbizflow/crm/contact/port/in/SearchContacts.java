package org.smartbizflow.crm.contact.port.in;

import jakarta.validation.constraints.NotNull;
import org.smartbizflow.crm.contact.ContactCriteria;
import org.smartbizflow.crm.shared.PageRequest;

/**
 * A page of the contacts that segment criteria select.
 *
 * @param criteria the criteria
 * @param page     which page
 */
public record SearchContacts(@NotNull ContactCriteria criteria, @NotNull PageRequest page) {

    public static SearchContacts firstPage(ContactCriteria criteria) {
        return new SearchContacts(criteria, PageRequest.firstPage());
    }
}
