package org.smartbizflow.crm.contact.port.in;

import java.util.List;
import org.smartbizflow.crm.contact.ContactList;
import org.smartbizflow.crm.contact.ContactListId;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.contact.ListMembershipReport;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;

/**
 * Static lists: named sets of contacts changed by hand, in bulk, with a result per contact.
 * Members and counts are limited to the contacts the acting user may see; an erased contact
 * is taken off every list.
 */
public interface ContactListsUseCase {

    /**
     * @throws org.smartbizflow.crm.shared.ValidationException on {@code name} when blank, too
     *         long or taken
     */
    ContactListId createList(String name);

    ContactList renameList(ContactListId id, String name);

    /** Deletes the list and its memberships (never the contacts). */
    void deleteList(ContactListId id);

    ContactList contactList(ContactListId id);

    /** Every static list of the tenant, by name. */
    List<ContactList> lists();

    /** Adds each contact, reporting unknown, erased, invisible and existing members per item. */
    ListMembershipReport addToList(ChangeListMembers command);

    /** Takes each contact off the list, reporting per item. */
    ListMembershipReport removeFromList(ChangeListMembers command);

    /** The list's visible members, in creation order of the contacts, keyset-paged. */
    Page<ContactView> listMembers(ContactListId id, PageRequest page);

    /** How many visible contacts the list holds. */
    long listSize(ContactListId id);
}
