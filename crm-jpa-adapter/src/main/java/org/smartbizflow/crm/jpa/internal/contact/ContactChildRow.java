package org.smartbizflow.crm.jpa.internal.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/**
 * What every child row of a contact has: the contact, the row's position in its list, and the
 * tenant (on every table, so that tenant-scoped indexes and queries need no join).
 */
@MappedSuperclass
@IdClass(ContactChildKey.class)
abstract class ContactChildRow {

    @Id
    @Column(name = "contact_id", nullable = false)
    private UUID contactId;

    @Id
    @Column(name = "seq", nullable = false)
    private int seq;

    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    protected ContactChildRow() {
    }

    ContactChildRow(UUID contactId, int seq, String tenantId) {
        this.contactId = contactId;
        this.seq = seq;
        this.tenantId = tenantId;
    }

    UUID contactId() {
        return contactId;
    }

    int seq() {
        return seq;
    }

    String tenantId() {
        return tenantId;
    }

    /** The row's content without its key, to tell whether a list changed. */
    abstract Object content();
}
