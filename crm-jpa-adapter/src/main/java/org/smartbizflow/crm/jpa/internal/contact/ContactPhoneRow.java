package org.smartbizflow.crm.jpa.internal.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.UUID;

/** A row of {@code crm_contact_phone}. */
@Entity(name = "CrmContactPhone")
@Table(name = "crm_contact_phone")
class ContactPhoneRow extends ContactChildRow {

    @Column(name = "phone", nullable = false, length = 16)
    private String phone;

    @Column(name = "label", length = 40)
    private String label;

    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    protected ContactPhoneRow() {
    }

    ContactPhoneRow(UUID contactId, int seq, String tenantId, String phone, String label, boolean primary) {
        super(contactId, seq, tenantId);
        this.phone = phone;
        this.label = label;
        this.primary = primary;
    }

    String phone() {
        return phone;
    }

    String label() {
        return label;
    }

    boolean primary() {
        return primary;
    }

    @Override
    Object content() {
        return Arrays.asList(phone, label, primary);
    }
}
