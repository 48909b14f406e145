package org.smartbizflow.crm.jpa.internal.opportunity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** A contact's role in a deal, a row of {@code crm_opportunity_contact_role}. */
@Embeddable
class ContactRoleLine {

    @Column(name = "tenant_id", nullable = false, length = 64)
    String tenantId;

    @Column(name = "contact_id", nullable = false)
    UUID contactId;

    @Column(name = "role_name", nullable = false, length = 100)
    String role;

    protected ContactRoleLine() {
    }

    ContactRoleLine(String tenantId, UUID contactId, String role) {
        this.tenantId = tenantId;
        this.contactId = contactId;
        this.role = role;
    }
}
