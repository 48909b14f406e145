package org.smartbizflow.crm.contact.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactListId;

/**
 * Contacts to add to or take off a static list, reported one by one.
 *
 * @param listId   the list
 * @param contacts the contacts, at most {@value #MAX_CONTACTS} per call
 */
public record ChangeListMembers(@NotNull ContactListId listId,
                                @NotNull @Size(max = MAX_CONTACTS) List<@NotNull ContactId> contacts) {

    /** The most contacts one call takes. */
    public static final int MAX_CONTACTS = 10_000;

    public ChangeListMembers {
        contacts = contacts == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(contacts));
    }

    public static ChangeListMembers of(ContactListId list, ContactId... contacts) {
        return new ChangeListMembers(list, List.of(contacts));
    }
}
