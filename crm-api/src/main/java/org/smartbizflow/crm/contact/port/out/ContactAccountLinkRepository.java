package org.smartbizflow.crm.contact.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.RelationshipGraph;
import org.smartbizflow.crm.contact.AccountNetwork;
import org.smartbizflow.crm.contact.ContactAccountLink;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactLinkFilter;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Storage of contact-to-account links. Scoped by tenant; runs in the caller's transaction.
 * Deleting a contact from the store deletes its links.
 */
public interface ContactAccountLinkRepository {

    /**
     * @throws org.smartbizflow.crm.shared.ValidationException when a link with the id exists
     */
    void insert(ContactAccountLink link);

    /**
     * Replaces the stored link with the same id.
     *
     * @throws org.smartbizflow.crm.shared.NotFoundException when no such link is stored
     */
    void update(ContactAccountLink link);

    /** Removes the link; false when there was none. */
    boolean delete(TenantId tenantId, UUID id);

    /** Removes every link of the contact (on erasure); returns how many. */
    int deleteOfContact(TenantId tenantId, ContactId contactId);

    Optional<ContactAccountLink> find(TenantId tenantId, UUID id);

    /** Every link of the contact, current or past, ordered by id. */
    List<ContactAccountLink> ofContact(TenantId tenantId, ContactId contactId);

    /**
     * The links of an account that pass the filter, in ascending id order, keyset-paged: a page
     * never repeats or skips a row of an earlier page.
     */
    Page<ContactAccountLink> ofAccount(TenantId tenantId, AccountId accountId, ContactLinkFilter filter,
                                       PageRequest page);

    /**
     * Adds the people to an account graph: the links active on {@code day} of every account in
     * {@code accounts} whose distance is below {@code accounts.depth()}, and their contacts with
     * their names, one hop beyond the account. Computed by the store with one query over the
     * accounts' ids, never by loading the tenant's links.
     */
    AccountNetwork network(TenantId tenantId, RelationshipGraph accounts, LocalDate day);
}
