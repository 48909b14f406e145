package org.smartbizflow.crm.jpa.internal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountRelationship;
import org.smartbizflow.crm.account.RelationshipType;
import org.smartbizflow.crm.shared.TenantId;

/** A row of {@code crm_account_relationship}. */
@Entity(name = "CrmAccountRelationship")
@Table(name = "crm_account_relationship")
class RelationshipEntity {

    @Id
    @Column(name = "id", nullable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    @Column(name = "from_account", nullable = false)
    private UUID fromAccount;

    @Column(name = "to_account", nullable = false)
    private UUID toAccount;

    @Column(name = "relationship_type", nullable = false, length = 16)
    private String type;

    @Column(name = "relationship_role", length = 200)
    private String role;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RelationshipEntity() {
    }

    RelationshipEntity(AccountRelationship link) {
        this.id = link.id();
        this.tenantId = link.tenantId().value();
        copy(link);
    }

    void copy(AccountRelationship link) {
        this.fromAccount = link.from().value();
        this.toAccount = link.to().value();
        this.type = link.type().name();
        this.role = link.role();
        this.startsOn = link.startsOn();
        this.endsOn = link.endsOn();
        this.createdAt = link.createdAt();
    }

    String tenantId() {
        return tenantId;
    }

    AccountRelationship toDomain() {
        return new AccountRelationship(id, TenantId.of(tenantId), AccountId.of(fromAccount), AccountId.of(toAccount),
                RelationshipType.valueOf(type), role, startsOn, endsOn, createdAt);
    }
}
