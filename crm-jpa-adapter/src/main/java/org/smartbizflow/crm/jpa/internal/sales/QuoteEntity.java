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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.smartbizflow.crm.jpa.internal.shared.VersionedRecord;

/**
 * A row of {@code crm_quote}, the lines of every revision in {@code crm_quote_line} and the
 * earlier revisions in {@code crm_quote_revision}. {@code acceptedOpportunityId} is set only
 * while the quote is ACCEPTED, so a unique key on it lets the database refuse a second
 * accepted quote for a deal.
 */
@Entity(name = "CrmQuote")
@Table(name = "crm_quote")
class QuoteEntity implements VersionedRecord {

    @Id
    @Column(name = "id", nullable = false)
    UUID id;

    @Column(name = "tenant_id", nullable = false, length = 64)
    String tenantId;

    @Column(name = "opportunity_id", nullable = false)
    UUID opportunityId;

    @Column(name = "quote_number", nullable = false)
    long number;

    @Column(name = "revision", nullable = false)
    int revision;

    @Column(name = "status", nullable = false, length = 16)
    String status;

    @Column(name = "currency", nullable = false, length = 3)
    String currency;

    @Column(name = "valid_until", nullable = false)
    LocalDate validUntil;

    @Column(name = "owner_id", nullable = false, length = 128)
    String ownerId;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "sent_at")
    Instant sentAt;

    @Column(name = "decided_at")
    Instant decidedAt;

    @Column(name = "accepted_opportunity_id")
    UUID acceptedOpportunityId;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @ElementCollection
    @CollectionTable(name = "crm_quote_line", joinColumns = @JoinColumn(name = "quote_id", nullable = false))
    @OrderColumn(name = "line_no", nullable = false)
    List<LineRow> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "crm_quote_revision", joinColumns = @JoinColumn(name = "quote_id", nullable = false))
    @OrderColumn(name = "line_no", nullable = false)
    List<QuoteRevisionRow> history = new ArrayList<>();

    protected QuoteEntity() {
    }

    QuoteEntity(UUID id, String tenantId) {
        this.id = id;
        this.tenantId = tenantId;
    }

    @Override
    public String recordType() {
        return "Quote";
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
