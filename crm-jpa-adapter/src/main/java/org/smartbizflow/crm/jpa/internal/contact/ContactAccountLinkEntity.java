package org.smartbizflow.crm.jpa.internal.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.contact.ContactAccountLink;
import org.smartbizflow.crm.contact.ContactAccountLinkType;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.shared.TenantId;

/** A row of {@code crm_contact_account_link}. */
@Entity(name = "CrmContactAccountLink")
@Table(name = "crm_contact_account_link")
class ContactAccountLinkEntity {

    @Id
    @Column(name = "id", nullable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    @Column(name = "contact_id", nullable = false)
    private UUID contactId;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(name = "link_type", nullable = false, length = 32)
    private String type;

    @Column(name = "link_role", length = 200)
    private String role;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "primary_link", nullable = false)
    private boolean primary;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ContactAccountLinkEntity() {
    }

    ContactAccountLinkEntity(ContactAccountLink link) {
        this.id = link.id();
        this.tenantId = link.tenantId().value();
        this.contactId = link.contactId().value();
        this.accountId = link.accountId().value();
        this.createdAt = link.createdAt();
        copy(link);
    }

    void copy(ContactAccountLink link) {
        this.type = link.type().name();
        this.role = link.role();
        this.startsOn = link.startsOn();
        this.endsOn = link.endsOn();
        this.primary = link.primary();
    }

    String tenantId() {
        return tenantId;
    }

    UUID contactId() {
        return contactId;
    }

    ContactAccountLink toDomain() {
        return new ContactAccountLink(id, TenantId.of(tenantId), ContactId.of(contactId), AccountId.of(accountId),
                ContactAccountLinkType.valueOf(type), role, startsOn, endsOn, primary, createdAt);
    }
}
