package org.smartbizflow.crm.jpa.internal.contact;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The primary key of a list membership: the list and the contact. */
public class ListMemberKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private UUID listId;
    private UUID contactId;

    public ListMemberKey() {
    }

    ListMemberKey(UUID listId, UUID contactId) {
        this.listId = listId;
        this.contactId = contactId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ListMemberKey key && Objects.equals(key.listId, listId)
                && Objects.equals(key.contactId, contactId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(listId, contactId);
    }
}
