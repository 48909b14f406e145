package org.smartbizflow.crm.jpa.internal.sales;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.smartbizflow.crm.jpa.internal.shared.VersionedRecord;

/** A row of {@code crm_line_items} (one per deal) with its lines in {@code crm_line_item}. */
@Entity(name = "CrmLineItems")
@Table(name = "crm_line_items")
class LineItemsEntity implements VersionedRecord {

    @Id
    @Column(name = "opportunity_id", nullable = false)
    UUID opportunityId;

    @Column(name = "tenant_id", nullable = false, length = 64)
    String tenantId;

    @Column(name = "currency", nullable = false, length = 3)
    String currency;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "crm_line_item", joinColumns = @JoinColumn(name = "opportunity_id", nullable = false))
    @OrderColumn(name = "line_no", nullable = false)
    List<LineRow> lines = new ArrayList<>();

    protected LineItemsEntity() {
    }

    LineItemsEntity(UUID opportunityId, String tenantId) {
        this.opportunityId = opportunityId;
        this.tenantId = tenantId;
    }

    @Override
    public String recordType() {
        return "LineItems";
    }

    @Override
    public Object recordId() {
        return opportunityId;
    }

    @Override
    public long loadedVersion() {
        return version;
    }
}
