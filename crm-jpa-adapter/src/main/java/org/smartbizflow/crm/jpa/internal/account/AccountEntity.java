package org.smartbizflow.crm.jpa.internal.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.smartbizflow.crm.jpa.internal.shared.VersionedRecord;

/**
 * A row of {@code crm_account} with its child tables as element collections, so that a
 * profile change is one versioned write of the aggregate. Enums are plain strings.
 */
@Entity(name = "CrmAccount")
@Table(name = "crm_account")
class AccountEntity implements VersionedRecord {

    @Id
    @Column(name = "id", nullable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    @Column(name = "owner_id", nullable = false, length = 128)
    private String ownerId;

    @Column(name = "team", length = 64)
    private String team;

    @Column(name = "legal_name", nullable = false, length = 200)
    private String legalName;

    @Column(name = "normalised_name", nullable = false, length = 200)
    private String normalisedName;

    @Column(name = "industry", length = 100)
    private String industry;

    @Column(name = "size_band", length = 16)
    private String sizeBand;

    @Column(name = "revenue_amount", precision = 19, scale = 4)
    private BigDecimal revenueAmount;

    @Column(name = "revenue_currency", length = 3)
    private String revenueCurrency;

    @Column(name = "parent_id")
    private UUID parentId;

    @Column(name = "territory_id")
    private UUID territoryId;

    @Column(name = "kyc_status", nullable = false, length = 16)
    private String kycStatus;

    @Column(name = "kyc_reviewed_on")
    private java.time.LocalDate kycReviewedOn;

    @Column(name = "kyc_review_due")
    private java.time.LocalDate kycReviewDue;

    @Column(name = "screened_at")
    private Instant screenedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "crm_account_domain", joinColumns = @JoinColumn(name = "account_id"))
    @OrderColumn(name = "sort_order")
    private List<AccountRows.DomainRow> domains = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "crm_account_address", joinColumns = @JoinColumn(name = "account_id"))
    @OrderColumn(name = "sort_order")
    private List<AccountRows.AddressRow> addresses = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "crm_account_tax_id", joinColumns = @JoinColumn(name = "account_id"))
    @OrderColumn(name = "sort_order")
    private List<AccountRows.TaxIdRow> taxIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "crm_account_custom_field", joinColumns = @JoinColumn(name = "account_id"))
    @MapKeyColumn(name = "field_key", length = 64)
    private Map<String, AccountRows.CustomFieldRow> customFields = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "crm_account_tag", joinColumns = @JoinColumn(name = "account_id"))
    private Set<AccountRows.TagRow> tags = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "crm_account_document", joinColumns = @JoinColumn(name = "account_id"))
    @OrderColumn(name = "sort_order")
    private List<AccountRows.DocumentRow> documents = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "crm_account_screening_flag", joinColumns = @JoinColumn(name = "account_id"))
    @OrderColumn(name = "sort_order")
    private List<AccountRows.FlagRow> flags = new ArrayList<>();

    protected AccountEntity() {
    }

    AccountEntity(UUID id, String tenantId) {
        this.id = id;
        this.tenantId = tenantId;
    }

    @Override
    public String recordType() {
        return "Account";
    }

    @Override
    public Object recordId() {
        return id;
    }

    @Override
    public long loadedVersion() {
        return version;
    }

    UUID id() {
        return id;
    }

    String tenantId() {
        return tenantId;
    }

    String ownerId() {
        return ownerId;
    }

    String team() {
        return team;
    }

    String legalName() {
        return legalName;
    }

    String industry() {
        return industry;
    }

    String sizeBand() {
        return sizeBand;
    }

    BigDecimal revenueAmount() {
        return revenueAmount;
    }

    String revenueCurrency() {
        return revenueCurrency;
    }

    UUID parentId() {
        return parentId;
    }

    long version() {
        return version;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    List<AccountRows.DomainRow> domains() {
        return domains;
    }

    List<AccountRows.AddressRow> addresses() {
        return addresses;
    }

    List<AccountRows.TaxIdRow> taxIds() {
        return taxIds;
    }

    Map<String, AccountRows.CustomFieldRow> customFields() {
        return customFields;
    }

    Set<AccountRows.TagRow> tags() {
        return tags;
    }

    UUID territoryId() {
        return territoryId;
    }

    String kycStatus() {
        return kycStatus;
    }

    java.time.LocalDate kycReviewedOn() {
        return kycReviewedOn;
    }

    java.time.LocalDate kycReviewDue() {
        return kycReviewDue;
    }

    Instant screenedAt() {
        return screenedAt;
    }

    List<AccountRows.DocumentRow> documents() {
        return documents;
    }

    List<AccountRows.FlagRow> flags() {
        return flags;
    }

    void placeAndReview(UUID territoryId, String kycStatus, java.time.LocalDate kycReviewedOn,
                        java.time.LocalDate kycReviewDue, Instant screenedAt) {
        this.territoryId = territoryId;
        this.kycStatus = kycStatus;
        this.kycReviewedOn = kycReviewedOn;
        this.kycReviewDue = kycReviewDue;
        this.screenedAt = screenedAt;
    }

    void assign(String ownerId, String team, String legalName, String normalisedName, String industry,
                String sizeBand, BigDecimal revenueAmount, String revenueCurrency, UUID parentId, Instant createdAt,
                Instant updatedAt) {
        this.ownerId = ownerId;
        this.team = team;
        this.legalName = legalName;
        this.normalisedName = normalisedName;
        this.industry = industry;
        this.sizeBand = sizeBand;
        this.revenueAmount = revenueAmount;
        this.revenueCurrency = revenueCurrency;
        this.parentId = parentId;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** Replaces a collection's content only when it differs, so an unchanged collection is not rewritten. */
    static <T> void replace(List<T> target, List<T> content) {
        if (!target.equals(content)) {
            target.clear();
            target.addAll(content);
        }
    }

    static <T> void replace(Set<T> target, Set<T> content) {
        if (!target.equals(content)) {
            target.clear();
            target.addAll(content);
        }
    }

    static <K, V> void replace(Map<K, V> target, Map<K, V> content) {
        if (!target.equals(content)) {
            target.clear();
            target.putAll(content);
        }
    }
}
