package org.smartbizflow.crm.jpa.internal.opportunity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.smartbizflow.crm.jpa.internal.shared.VersionedRecord;

/**
 * A row of {@code crm_opportunity}, with contact roles, competitors and custom fields in
 * tables of their own. Enums are plain strings; the amount is an exact decimal beside its
 * currency code.
 */
@Entity(name = "CrmOpportunity")
@Table(name = "crm_opportunity")
class OpportunityEntity implements VersionedRecord {

    @Id
    @Column(name = "id", nullable = false)
    UUID id;

    @Column(name = "tenant_id", nullable = false, length = 64)
    String tenantId;

    @Column(name = "pipeline_id", nullable = false)
    UUID pipelineId;

    @Column(name = "stage_id", nullable = false)
    UUID stageId;

    @Column(name = "stage_type", nullable = false, length = 8)
    String stageType;

    @Column(name = "name", nullable = false, length = 200)
    String name;

    @Column(name = "account_id")
    UUID accountId;

    @Column(name = "primary_contact_id")
    UUID primaryContactId;

    @Column(name = "owner_id", nullable = false, length = 128)
    String ownerId;

    @Column(name = "team", length = 64)
    String team;

    @Column(name = "territory", length = 64)
    String territory;

    @Column(name = "amount", precision = 19, scale = 4)
    BigDecimal amount;

    @Column(name = "currency", length = 3)
    String currency;

    @Column(name = "expected_close_date", nullable = false)
    LocalDate expectedCloseDate;

    @Column(name = "probability", nullable = false, precision = 7, scale = 4)
    BigDecimal probability;

    @Column(name = "probability_source", nullable = false, length = 16)
    String probabilitySource;

    @Column(name = "forecast_category", nullable = false, length = 16)
    String forecastCategory;

    @Column(name = "next_step", length = 500)
    String nextStep;

    @Column(name = "lost_reason", length = 500)
    String lostReason;

    @Column(name = "closed_on")
    LocalDate closedOn;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "crm_opportunity_contact_role",
            joinColumns = @JoinColumn(name = "opportunity_id", nullable = false))
    @OrderColumn(name = "line_no", nullable = false)
    List<ContactRoleLine> contactRoles = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "crm_opportunity_competitor",
            joinColumns = @JoinColumn(name = "opportunity_id", nullable = false))
    @OrderColumn(name = "line_no", nullable = false)
    List<CompetitorLine> competitors = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "crm_opportunity_custom_field",
            joinColumns = @JoinColumn(name = "opportunity_id", nullable = false))
    List<CustomFieldLine> customFields = new ArrayList<>();

    protected OpportunityEntity() {
    }

    OpportunityEntity(UUID id, String tenantId) {
        this.id = id;
        this.tenantId = tenantId;
    }

    @Override
    public String recordType() {
        return "Opportunity";
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
