package org.smartbizflow.crm.jpa.internal.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A row of {@code crm_contact_tag}. */
@Entity(name = "CrmContactTag")
@Table(name = "crm_contact_tag")
class ContactTagRow extends ContactChildRow {

    @Column(name = "tag", nullable = false, length = 64)
    private String tag;

    protected ContactTagRow() {
    }

    ContactTagRow(UUID contactId, int seq, String tenantId, String tag) {
        super(contactId, seq, tenantId);
        this.tag = tag;
    }

    String tag() {
        return tag;
    }

    @Override
    Object content() {
        return tag;
    }
}
