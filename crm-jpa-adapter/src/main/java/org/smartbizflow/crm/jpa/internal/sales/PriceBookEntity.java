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

/** A row of {@code crm_price_book} with its prices in {@code crm_price_entry}. */
@Entity(name = "CrmPriceBook")
@Table(name = "crm_price_book")
class PriceBookEntity implements VersionedRecord {

    static final String STANDARD = "S";

    @Id
    @Column(name = "id", nullable = false)
    UUID id;

    @Column(name = "tenant_id", nullable = false, length = 64)
    String tenantId;

    @Column(name = "name", nullable = false, length = 200)
    String name;

    @Column(name = "standard_marker", length = 1)
    String standardMarker;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "crm_price_entry", joinColumns = @JoinColumn(name = "price_book_id", nullable = false))
    @OrderColumn(name = "line_no", nullable = false)
    List<PriceEntryRow> entries = new ArrayList<>();

    protected PriceBookEntity() {
    }

    PriceBookEntity(UUID id, String tenantId) {
        this.id = id;
        this.tenantId = tenantId;
    }

    @Override
    public String recordType() {
        return "PriceBook";
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
