package org.smartbizflow.crm.jpa.internal.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code crm_contact_list_member}. */
@Entity(name = "CrmContactListMember")
@Table(name = "crm_contact_list_member")
@IdClass(ListMemberKey.class)
class ListMemberRow {

    @Id
    @Column(name = "list_id", nullable = false)
    private UUID listId;

    @Id
    @Column(name = "contact_id", nullable = false)
    private UUID contactId;

    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected ListMemberRow() {
    }

    ListMemberRow(UUID listId, UUID contactId, String tenantId, Instant addedAt) {
        this.listId = listId;
        this.contactId = contactId;
        this.tenantId = tenantId;
        this.addedAt = addedAt;
    }

    String tenantId() {
        return tenantId;
    }
}
