package org.smartbizflow.crm.jpa.internal.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.jpa.internal.shared.VersionedRecord;

/**
 * A row of {@code crm_lead}. Enums are kept as plain strings so that every database maps
 * them to the same {@code varchar} the scripts create.
 */
@Entity(name = "CrmLead")
@Table(name = "crm_lead")
class LeadEntity implements VersionedRecord {

    @Id
    @Column(name = "id", nullable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    @Column(name = "owner_id", nullable = false, length = 128)
    private String ownerId;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "company", length = 200)
    private String company;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "phone", length = 16)
    private String phone;

    @Column(name = "source", nullable = false, length = 32)
    private String source;

    @Column(name = "status", nullable = false, length = 32)
    private String status;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "merged_into")
    private UUID mergedInto;

    @Column(name = "budget_amount", precision = 19, scale = 4)
    private java.math.BigDecimal budgetAmount;

    @Column(name = "budget_currency", length = 3)
    private String budgetCurrency;

    @Column(name = "decision_maker")
    private Boolean decisionMaker;

    @Column(name = "need", length = 1000)
    private String need;

    @Column(name = "decision_by")
    private java.time.LocalDate decisionBy;

    @Column(name = "disqualify_reason", length = 40)
    private String disqualifyReason;

    @Column(name = "disqualify_note", length = 1000)
    private String disqualifyNote;

    @Column(name = "campaign_id", length = 64)
    private String campaignId;

    @Column(name = "campaign_name", length = 200)
    private String campaignName;

    @Column(name = "utm_source", length = 200)
    private String utmSource;

    @Column(name = "utm_medium", length = 200)
    private String utmMedium;

    @Column(name = "utm_campaign", length = 200)
    private String utmCampaign;

    @Column(name = "utm_term", length = 200)
    private String utmTerm;

    @Column(name = "utm_content", length = 200)
    private String utmContent;

    @Column(name = "score")
    private Integer score;

    @Column(name = "qualified_at")
    private Instant qualifiedAt;

    @Column(name = "converted_at")
    private Instant convertedAt;

    @Column(name = "qualify_seconds")
    private Long qualifySeconds;

    @Column(name = "convert_seconds")
    private Long convertSeconds;

    @Column(name = "created_day", nullable = false)
    private java.time.LocalDate createdDay;

    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    @Column(name = "company_key", length = 200)
    private String companyKey;

    @Column(name = "converted_account_id")
    private UUID convertedAccountId;

    @Column(name = "converted_contact_id")
    private UUID convertedContactId;

    @Column(name = "converted_opportunity_id")
    private UUID convertedOpportunityId;

    /**
     * The custom fields and tags this row's lead has in the store as this persistence context
     * last read or wrote them, or null when it has not: an update whose state has the same ones
     * leaves the child rows alone without reading them again. Not a column; it lives and dies
     * with this managed instance, so with the persistence context.
     */
    @Transient
    private Map<String, CustomValue> storedCustomFields;

    @Transient
    private Set<String> storedTags;

    protected LeadEntity() {
    }

    LeadEntity(UUID id, String tenantId) {
        this.id = id;
        this.tenantId = tenantId;
    }

    @Override
    public String recordType() {
        return "Lead";
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

    /** Remembers the child rows the store holds for this lead now (see {@link #storedCustomFields}). */
    void childrenStored(Map<String, CustomValue> customFields, Set<String> tags) {
        this.storedCustomFields = Map.copyOf(customFields);
        this.storedTags = Set.copyOf(tags);
    }

    /** Whether the store is known to hold exactly these child rows for this lead. */
    boolean holdsChildren(Map<String, CustomValue> customFields, Set<String> tags) {
        return storedCustomFields != null && storedCustomFields.equals(customFields) && storedTags.equals(tags);
    }

    String tenantId() {
        return tenantId;
    }

    String ownerId() {
        return ownerId;
    }

    String name() {
        return name;
    }

    String company() {
        return company;
    }

    String email() {
        return email;
    }

    String phone() {
        return phone;
    }

    String source() {
        return source;
    }

    String status() {
        return status;
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

    /** Copies the changeable state; id, tenant and version are not the caller's to set. */
    UUID mergedInto() {
        return mergedInto;
    }

    java.math.BigDecimal budgetAmount() {
        return budgetAmount;
    }

    String budgetCurrency() {
        return budgetCurrency;
    }

    Boolean decisionMaker() {
        return decisionMaker;
    }

    String need() {
        return need;
    }

    java.time.LocalDate decisionBy() {
        return decisionBy;
    }

    String disqualifyReason() {
        return disqualifyReason;
    }

    String disqualifyNote() {
        return disqualifyNote;
    }

    /** The qualification columns; all null for a lead without findings. */
    void qualify(java.math.BigDecimal amount, String currency, Boolean maker, String needText, java.time.LocalDate by,
                 String reason, String note) {
        this.budgetAmount = amount;
        this.budgetCurrency = currency;
        this.decisionMaker = maker;
        this.need = needText;
        this.decisionBy = by;
        this.disqualifyReason = reason;
        this.disqualifyNote = note;
    }

    String[] attribution() {
        return new String[] {campaignId, campaignName, utmSource, utmMedium, utmCampaign, utmTerm, utmContent};
    }

    Integer score() {
        return score;
    }

    Instant qualifiedAt() {
        return qualifiedAt;
    }

    Instant convertedAt() {
        return convertedAt;
    }

    UUID[] conversion() {
        return new UUID[] {convertedAccountId, convertedContactId, convertedOpportunityId};
    }

    /** The attribution columns, in {@link #attribution()} order. */
    void attribute(String[] parts) {
        campaignId = parts[0];
        campaignName = parts[1];
        utmSource = parts[2];
        utmMedium = parts[3];
        utmCampaign = parts[4];
        utmTerm = parts[5];
        utmContent = parts[6];
    }

    /** Score, milestones and the columns derived for sorting and analytics. */
    void profile(Integer newScore, Instant qualified, Instant converted, Long toQualify, Long toConvert,
                 java.time.LocalDate day, String nameSortKey, String companySortKey, UUID[] convertedInto) {
        score = newScore;
        qualifiedAt = qualified;
        convertedAt = converted;
        qualifySeconds = toQualify;
        convertSeconds = toConvert;
        createdDay = day;
        nameKey = nameSortKey;
        companyKey = companySortKey;
        convertedAccountId = convertedInto[0];
        convertedContactId = convertedInto[1];
        convertedOpportunityId = convertedInto[2];
    }

    void assign(String ownerId, String name, String company, String email, String phone, String source,
                String status, Instant createdAt, Instant updatedAt, UUID mergedInto) {
        this.mergedInto = mergedInto;
        this.ownerId = ownerId;
        this.name = name;
        this.company = company;
        this.email = email;
        this.phone = phone;
        this.source = source;
        this.status = status;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }
}
