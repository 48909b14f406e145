package org.smartbizflow.crm.jpa.internal.sales;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.smartbizflow.crm.jpa.internal.shared.VersionedRecord;

/** A row of {@code crm_product}. */
@Entity(name = "CrmProduct")
@Table(name = "crm_product")
class ProductEntity implements VersionedRecord {

    @Id
    @Column(name = "id", nullable = false)
    UUID id;

    @Column(name = "tenant_id", nullable = false, length = 64)
    String tenantId;

    @Column(name = "sku", nullable = false, length = 64)
    String sku;

    @Column(name = "name", nullable = false, length = 200)
    String name;

    @Column(name = "description", length = 2000)
    String description;

    @Column(name = "active", nullable = false)
    boolean active;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected ProductEntity() {
    }

    ProductEntity(UUID id, String tenantId) {
        this.id = id;
        this.tenantId = tenantId;
    }

    @Override
    public String recordType() {
        return "Product";
    }

    @Override
    public Object recordId() {
        return id;
    }

    @Override
    public long loadedVersion() {
        return version;
    }
}
