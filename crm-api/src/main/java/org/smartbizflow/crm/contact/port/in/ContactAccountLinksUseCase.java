package org.smartbizflow.crm.contact.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.contact.AccountNetwork;
import org.smartbizflow.crm.contact.ContactAccountLink;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.shared.Page;

/**
 * Where people work and sit: typed, dated links from contacts to accounts, recorded in the
 * contact's history and raised as {@link org.smartbizflow.crm.contact.ContactEvent.ContactAccountLinkChanged}.
 * A person who moves on keeps the ended WORKS_AT link as history (see
 * {@link org.smartbizflow.crm.contact.ContactAccountLinkType}).
 */
public interface ContactAccountLinksUseCase {

    /**
     * @return the new link's id
     * @throws org.smartbizflow.crm.shared.NotFoundException when the contact or account is unknown
     * @throws org.smartbizflow.crm.shared.ValidationException on {@code endsOn} when it is before
     *         {@code startsOn}, or on {@code contactId} when the contact was erased
     */
    UUID link(LinkContactToAccount command);

    /** Replaces the link's type, role, dates and primary flag. */
    ContactAccountLink changeLink(ChangeContactAccountLink command);

    /**
     * Ends the link on that day (it holds through the day): what "left the company" means.
     *
     * @throws org.smartbizflow.crm.shared.ValidationException on {@code endsOn} when it is before
     *         the link's start
     */
    ContactAccountLink endLink(UUID linkId, LocalDate endsOn);

    /** Deletes a link recorded in error; an ended link is history and is better kept. */
    void unlink(UUID linkId);

    /** Every link of the contact, current or past, ordered by id. */
    List<ContactAccountLink> accountLinks(ContactId contactId);

    /** The links of visible contacts to the account, filtered by type and day, keyset-paged. */
    Page<ContactAccountLink> contactsOf(AccountContacts query);

    /**
     * The account relationship graph around {@code center} to {@code depth} hops (1 to
     * {@value org.smartbizflow.crm.account.port.in.AccountRelationshipsUseCase#MAX_GRAPH_DEPTH})
     * on {@code day}, with the visible people linked to its accounts as nodes.
     */
    AccountNetwork network(AccountId center, int depth, LocalDate day);
}
