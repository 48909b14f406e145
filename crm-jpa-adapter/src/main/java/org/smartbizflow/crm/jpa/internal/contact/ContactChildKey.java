package org.smartbizflow.crm.jpa.internal.contact;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The primary key of a contact's child rows: the contact and the row's place in its list. */
public class ContactChildKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private UUID contactId;
    private int seq;

    public ContactChildKey() {
    }

    ContactChildKey(UUID contactId, int seq) {
        this.contactId = contactId;
        this.seq = seq;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContactChildKey key && key.seq == seq && Objects.equals(key.contactId, contactId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contactId, seq);
    }
}
