package org.smartbizflow.crm.contact;

import java.util.List;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * What a bulk add to or removal from a static list did, contact by contact, in the order given.
 *
 * @param listId the list
 * @param items  one outcome per requested contact
 */
public record ListMembershipReport(ContactListId listId, List<Item> items) {

    public ListMembershipReport {
        Preconditions.notNull(listId, "listId");
        items = List.copyOf(items);
    }

    /** How many contacts were added or removed. */
    public long changed() {
        return items.stream().filter(i -> i.outcome() == Outcome.ADDED || i.outcome() == Outcome.REMOVED).count();
    }

    /** The items with this outcome. */
    public List<Item> withOutcome(Outcome outcome) {
        return items.stream().filter(i -> i.outcome() == outcome).toList();
    }

    /** What happened to one contact. */
    public enum Outcome {
        /** Now a member. */
        ADDED,
        /** No longer a member. */
        REMOVED,
        /** Was a member already; nothing changed. */
        ALREADY_MEMBER,
        /** Was not a member; nothing changed. */
        NOT_A_MEMBER,
        /** No such contact in the tenant. */
        UNKNOWN_CONTACT,
        /** The contact's personal data was erased; erased contacts belong to no list. */
        ERASED,
        /** The acting user may not see the contact. */
        NOT_VISIBLE
    }

    /**
     * One contact's outcome.
     *
     * @param contactId the contact asked for
     * @param outcome   what happened
     */
    public record Item(ContactId contactId, Outcome outcome) {
    }
}
