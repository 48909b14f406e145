package org.smartbizflow.crm.contact;

import java.util.List;
import org.smartbizflow.crm.account.RelationshipGraph;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.UserId;

/**
 * The relationship graph around an account with the people linked to its accounts: the
 * account-to-account graph as the account context computes it, plus contacts as nodes one
 * hop beyond the account they are linked to. Contacts hang off accounts; they do not bridge
 * two accounts in the walk (two accounts sharing a board member are not thereby neighbours).
 *
 * @param accounts     the accounts reached and the links among them
 * @param contacts     the contacts linked, on the day, to an account reached at fewer hops than
 *                     the depth; ordered by distance then id
 * @param contactLinks the active contact-account links between those contacts and accounts
 */
public record AccountNetwork(RelationshipGraph accounts, List<ContactNode> contacts,
                             List<ContactAccountLink> contactLinks) {

    public AccountNetwork {
        Preconditions.notNull(accounts, "accounts");
        contacts = List.copyOf(contacts);
        contactLinks = List.copyOf(contactLinks);
    }

    /**
     * A person in the graph.
     *
     * @param id       the contact
     * @param name     their name
     * @param ownerId  the contact's owner, so that a caller can apply its access rules
     * @param distance hops from the centre account (one more than the nearest linked account)
     */
    public record ContactNode(ContactId id, String name, UserId ownerId, int distance) {
    }
}
