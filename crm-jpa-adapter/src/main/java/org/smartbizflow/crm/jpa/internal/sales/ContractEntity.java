package org.smartbizflow.crm.jpa.internal.sales;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.smartbizflow.crm.jpa.internal.shared.VersionedRecord;

/** A row of {@code crm_contract}; {@code renewalDueOn} is derived and stored for the renewal query. */
@Entity(name = "CrmContract")
@Table(name = "crm_contract")
class ContractEntity implements VersionedRecord {

    @Id
    @Column(name = "id", nullable = false)
    UUID id;

    @Column(name = "tenant_id", nullable = false, length = 64)
    String tenantId;

    @Column(name = "opportunity_id", nullable = false)
    UUID opportunityId;

    @Column(name = "quote_id")
    UUID quoteId;

    @Column(name = "title", nullable = false, length = 200)
    String title;

    @Column(name = "value_amount", nullable = false, precision = 19, scale = 4)
    BigDecimal valueAmount;

    @Column(name = "value_currency", nullable = false, length = 3)
    String valueCurrency;

    @Column(name = "start_date", nullable = false)
    LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    LocalDate endDate;

    @Column(name = "auto_renew", nullable = false)
    boolean autoRenew;

    @Column(name = "notice_days", nullable = false)
    int noticeDays;

    @Column(name = "renewal_due_on", nullable = false)
    LocalDate renewalDueOn;

    @Column(name = "status", nullable = false, length = 16)
    String status;

    @Column(name = "renewal_of")
    UUID renewalOf;

    @Column(name = "owner_id", nullable = false, length = 128)
    String ownerId;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected ContractEntity() {
    }

    ContractEntity(UUID id, String tenantId) {
        this.id = id;
        this.tenantId = tenantId;
    }

    @Override
    public String recordType() {
        return "Contract";
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
