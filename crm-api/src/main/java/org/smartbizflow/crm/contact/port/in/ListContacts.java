package org.smartbizflow.crm.contact.port.in;

import jakarta.validation.constraints.NotNull;
import org.smartbizflow.crm.contact.ContactFilter;
import org.smartbizflow.crm.shared.PageRequest;

/**
 * A page of contacts matching a filter.
 *
 * @param filter criteria
 * @param page   which page
 */
public record ListContacts(@NotNull ContactFilter filter, @NotNull PageRequest page) {

    public static ListContacts firstPage(ContactFilter filter) {
        return new ListContacts(filter, PageRequest.firstPage());
    }
}
