package org.smartbizflow.crm.contact.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.smartbizflow.crm.contact.ContactCriteria;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactList;
import org.smartbizflow.crm.contact.ContactListId;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Storage of static contact lists and their members. Scoped by tenant; runs in the caller's
 * transaction. Names are unique per tenant ignoring case. Deleting a contact from the store
 * takes it off every list.
 */
public interface ContactListRepository {

    /**
     * @throws org.smartbizflow.crm.shared.ValidationException on field {@code name} when another
     *         list of the tenant has the name
     */
    void insert(ContactList list);

    /**
     * Stores the list's new name.
     *
     * @throws org.smartbizflow.crm.shared.NotFoundException when no such list is stored
     * @throws org.smartbizflow.crm.shared.ValidationException on field {@code name} when another
     *         list of the tenant has the name
     */
    void update(ContactList list);

    /** Removes the list and its memberships; false when there was none. */
    boolean delete(TenantId tenantId, ContactListId id);

    Optional<ContactList> find(TenantId tenantId, ContactListId id);

    Optional<ContactList> findByName(TenantId tenantId, String name);

    /** Every list of the tenant, by name ignoring case. */
    List<ContactList> all(TenantId tenantId);

    /** Adds the contact to the list; false when it was a member already. */
    boolean addMember(TenantId tenantId, ContactListId listId, ContactId contactId, Instant addedAt);

    /** Takes the contact off the list; false when it was not a member. */
    boolean removeMember(TenantId tenantId, ContactListId listId, ContactId contactId);

    /** Takes the contact off every list (on erasure); returns how many memberships ended. */
    int removeFromAll(TenantId tenantId, ContactId contactId);

    /**
     * The list's members that also match {@code restriction} (an access rule, or a further
     * filter; erased contacts never match), in ascending contact id order, keyset-paged.
     * Evaluated by the store.
     */
    Page<ContactView> members(TenantId tenantId, ContactListId listId, ContactCriteria restriction,
                              PageRequest page);

    /** How many of the list's members match {@code restriction}, counted by the store. */
    long count(TenantId tenantId, ContactListId listId, ContactCriteria restriction);
}
