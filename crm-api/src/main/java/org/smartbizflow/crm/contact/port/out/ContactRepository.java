package org.smartbizflow.crm.contact.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.smartbizflow.crm.contact.Contact;
import org.smartbizflow.crm.contact.ContactFilter;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Storage of contacts. Every method is scoped by tenant: a contact of another tenant is never
 * found, listed or changed. Implementations run inside the caller's transaction.
 *
 * <p>An e-mail address belongs to at most one contact of a tenant: {@link #insert} and
 * {@link #update} refuse a contact with an address another contact holds, and the database
 * adapters back this with a unique index so that concurrent writers cannot break it either.
 */
public interface ContactRepository {

    Optional<Contact> find(TenantId tenantId, ContactId id);

    /**
     * Stores a new contact at version 0.
     *
     * @throws org.smartbizflow.crm.contact.DuplicateContactException when another contact of
     *         the tenant has one of its addresses (nothing is stored)
     */
    void insert(Contact contact);

    /**
     * Stores the contact's current state if the stored version still equals
     * {@code contact.version()}, and advances the stored version by one.
     *
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when the stored
     *         version differs (nothing is written)
     * @throws org.smartbizflow.crm.shared.NotFoundException when no such contact is stored
     * @throws org.smartbizflow.crm.contact.DuplicateContactException when another contact of
     *         the tenant has one of its addresses
     */
    void update(Contact contact);

    /**
     * Removes the contact if the stored version still equals {@code expectedVersion}.
     *
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when the stored
     *         version differs (nothing is removed)
     * @throws org.smartbizflow.crm.shared.NotFoundException when no such contact is stored
     */
    void delete(TenantId tenantId, ContactId id, long expectedVersion);

    /**
     * The contact that has this address among its addresses (primary or not). Addresses are
     * normalised by {@link EmailAddress}, so {@code Ada@X.example} finds {@code ada@x.example}.
     */
    Optional<ContactView> findByEmail(TenantId tenantId, EmailAddress email);

    /**
     * The contacts that have any of these addresses among theirs (primary or not), each once,
     * in no particular order; empty for no addresses. One look-up for many addresses, such as
     * every address of an import chunk, instead of one {@link #findByEmail} per address;
     * database adapters query in slices well inside IN-list limits.
     */
    List<ContactView> findByEmails(TenantId tenantId, Collection<EmailAddress> emails);

    /**
     * Contacts matching the filter, in ascending id order (creation order for time-ordered
     * ids), keyset-paged: a page never repeats or skips a row of an earlier page.
     */
    Page<ContactView> search(TenantId tenantId, ContactFilter filter, PageRequest page);

    /** The number of contacts matching the filter. */
    long count(TenantId tenantId, ContactFilter filter);

    /**
     * Contacts matching segment criteria (never erased ones), evaluated by the store, in
     * ascending id order and keyset-paged like {@link #search(TenantId, ContactFilter, PageRequest)}.
     */
    Page<ContactView> search(TenantId tenantId, org.smartbizflow.crm.contact.ContactCriteria criteria,
                             PageRequest page);

    /** The number of contacts matching segment criteria, counted by the store. */
    long count(TenantId tenantId, org.smartbizflow.crm.contact.ContactCriteria criteria);
}
