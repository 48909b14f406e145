package org.smartbizflow.crm.jpa.internal.contact;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The primary key of a consent row: the contact and the channel. */
public class ConsentKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private UUID contactId;
    private String channel;

    public ConsentKey() {
    }

    ConsentKey(UUID contactId, String channel) {
        this.contactId = contactId;
        this.channel = channel;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConsentKey key && Objects.equals(key.contactId, contactId)
                && Objects.equals(key.channel, channel);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contactId, channel);
    }
}
