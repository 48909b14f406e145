package org.smartbizflow.crm.jpa.internal.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.UUID;

/** A row of {@code crm_contact_email}; (tenant, email) is unique, so a mailbox has one contact. */
@Entity(name = "CrmContactEmail")
@Table(name = "crm_contact_email")
class ContactEmailRow extends ContactChildRow {

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "label", length = 40)
    private String label;

    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    protected ContactEmailRow() {
    }

    ContactEmailRow(UUID contactId, int seq, String tenantId, String email, String label, boolean primary) {
        super(contactId, seq, tenantId);
        this.email = email;
        this.label = label;
        this.primary = primary;
    }

    String email() {
        return email;
    }

    String label() {
        return label;
    }

    boolean primary() {
        return primary;
    }

    @Override
    Object content() {
        return Arrays.asList(email, label, primary);
    }
}
