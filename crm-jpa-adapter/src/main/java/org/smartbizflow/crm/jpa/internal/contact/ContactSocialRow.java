package org.smartbizflow.crm.jpa.internal.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.UUID;

/** A row of {@code crm_contact_social}: one handle on one network. */
@Entity(name = "CrmContactSocial")
@Table(name = "crm_contact_social")
class ContactSocialRow extends ContactChildRow {

    @Column(name = "network", nullable = false, length = 40)
    private String network;

    @Column(name = "handle", nullable = false, length = 200)
    private String handle;

    protected ContactSocialRow() {
    }

    ContactSocialRow(UUID contactId, int seq, String tenantId, String network, String handle) {
        super(contactId, seq, tenantId);
        this.network = network;
        this.handle = handle;
    }

    String network() {
        return network;
    }

    String handle() {
        return handle;
    }

    @Override
    Object content() {
        return Arrays.asList(network, handle);
    }
}
