package org.smartbizflow.crm.jpa.internal.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.smartbizflow.crm.contact.ContactList;
import org.smartbizflow.crm.contact.ContactListId;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/** A row of {@code crm_contact_list}. */
@Entity(name = "CrmContactList")
@Table(name = "crm_contact_list")
class ContactListEntity {

    @Id
    @Column(name = "id", nullable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "name_key", nullable = false, length = 100)
    private String nameKey;

    @Column(name = "owner_id", nullable = false, length = 128)
    private String ownerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ContactListEntity() {
    }

    ContactListEntity(ContactList list) {
        this.id = list.id().value();
        this.tenantId = list.tenantId().value();
        this.ownerId = list.ownerId().value();
        this.createdAt = list.createdAt();
        rename(list.name());
    }

    void rename(String newName) {
        this.name = newName;
        this.nameKey = SegmentEntity.key(newName);
    }

    String tenantId() {
        return tenantId;
    }

    ContactList toDomain() {
        return new ContactList(ContactListId.of(id), TenantId.of(tenantId), name, UserId.of(ownerId), createdAt);
    }
}
