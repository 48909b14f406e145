package org.smartbizflow.crm.jpa.internal.forecast;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A row of {@code crm_forecast_snapshot} with its deal lines in {@code crm_forecast_snapshot_deal}.
 * Each amount keeps its own currency column: the snapshot type does not promise one currency,
 * and storage must give back exactly what it was given. Enums are plain strings, as elsewhere.
 */
@Entity(name = "CrmForecastSnapshot")
@Table(name = "crm_forecast_snapshot")
class ForecastSnapshotEntity {

    /** The longest scope key, deal id, team, territory, pipeline or stage the columns hold. */
    static final int TEXT_LENGTH = 200;
    /** numeric(19,4): every ISO currency's decimals, and amounts below 10^15. */
    static final int AMOUNT_PRECISION = 19;
    static final int AMOUNT_SCALE = 4;

    @Id
    @Column(name = "id", nullable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "scope", nullable = false, length = 16)
    private String scope;

    @Column(name = "scope_key", nullable = false, length = TEXT_LENGTH)
    private String scopeKey;

    @Column(name = "closed_amount", nullable = false, precision = AMOUNT_PRECISION, scale = AMOUNT_SCALE)
    private BigDecimal closedAmount;

    @Column(name = "closed_currency", nullable = false, length = 3)
    private String closedCurrency;

    @Column(name = "commit_amount", nullable = false, precision = AMOUNT_PRECISION, scale = AMOUNT_SCALE)
    private BigDecimal commitAmount;

    @Column(name = "commit_currency", nullable = false, length = 3)
    private String commitCurrency;

    @Column(name = "best_case_amount", nullable = false, precision = AMOUNT_PRECISION, scale = AMOUNT_SCALE)
    private BigDecimal bestCaseAmount;

    @Column(name = "best_case_currency", nullable = false, length = 3)
    private String bestCaseCurrency;

    @Column(name = "weighted_amount", nullable = false, precision = AMOUNT_PRECISION, scale = AMOUNT_SCALE)
    private BigDecimal weightedAmount;

    @Column(name = "weighted_currency", nullable = false, length = 3)
    private String weightedCurrency;

    @Column(name = "p10_amount", nullable = false, precision = AMOUNT_PRECISION, scale = AMOUNT_SCALE)
    private BigDecimal p10Amount;

    @Column(name = "p10_currency", nullable = false, length = 3)
    private String p10Currency;

    @Column(name = "p50_amount", nullable = false, precision = AMOUNT_PRECISION, scale = AMOUNT_SCALE)
    private BigDecimal p50Amount;

    @Column(name = "p50_currency", nullable = false, length = 3)
    private String p50Currency;

    @Column(name = "p90_amount", nullable = false, precision = AMOUNT_PRECISION, scale = AMOUNT_SCALE)
    private BigDecimal p90Amount;

    @Column(name = "p90_currency", nullable = false, length = 3)
    private String p90Currency;

    @ElementCollection
    @CollectionTable(name = "crm_forecast_snapshot_deal",
            joinColumns = @JoinColumn(name = "snapshot_id", nullable = false))
    @OrderColumn(name = "line_no", nullable = false)
    private List<ForecastDealLine> deals = new ArrayList<>();

    protected ForecastSnapshotEntity() {
    }

    ForecastSnapshotEntity(UUID id, String tenantId) {
        this.id = id;
        this.tenantId = tenantId;
    }

    UUID id() {
        return id;
    }

    String tenantId() {
        return tenantId;
    }

    LocalDate asOf() {
        return asOf;
    }

    LocalDate periodStart() {
        return periodStart;
    }

    LocalDate periodEnd() {
        return periodEnd;
    }

    String scope() {
        return scope;
    }

    String scopeKey() {
        return scopeKey;
    }

    BigDecimal closedAmount() {
        return closedAmount;
    }

    String closedCurrency() {
        return closedCurrency;
    }

    BigDecimal commitAmount() {
        return commitAmount;
    }

    String commitCurrency() {
        return commitCurrency;
    }

    BigDecimal bestCaseAmount() {
        return bestCaseAmount;
    }

    String bestCaseCurrency() {
        return bestCaseCurrency;
    }

    BigDecimal weightedAmount() {
        return weightedAmount;
    }

    String weightedCurrency() {
        return weightedCurrency;
    }

    BigDecimal p10Amount() {
        return p10Amount;
    }

    String p10Currency() {
        return p10Currency;
    }

    BigDecimal p50Amount() {
        return p50Amount;
    }

    String p50Currency() {
        return p50Currency;
    }

    BigDecimal p90Amount() {
        return p90Amount;
    }

    String p90Currency() {
        return p90Currency;
    }

    List<ForecastDealLine> deals() {
        return deals;
    }

    /** Where and whose numbers: what a snapshot is found by. */
    void assignPosition(LocalDate newAsOf, LocalDate newPeriodStart, LocalDate newPeriodEnd, String newScope,
                        String newScopeKey) {
        this.asOf = newAsOf;
        this.periodStart = newPeriodStart;
        this.periodEnd = newPeriodEnd;
        this.scope = newScope;
        this.scopeKey = newScopeKey;
    }

    void assignClosed(BigDecimal amount, String currency) {
        this.closedAmount = amount;
        this.closedCurrency = currency;
    }

    void assignCommit(BigDecimal amount, String currency) {
        this.commitAmount = amount;
        this.commitCurrency = currency;
    }

    void assignBestCase(BigDecimal amount, String currency) {
        this.bestCaseAmount = amount;
        this.bestCaseCurrency = currency;
    }

    void assignWeighted(BigDecimal amount, String currency) {
        this.weightedAmount = amount;
        this.weightedCurrency = currency;
    }

    void assignP10(BigDecimal amount, String currency) {
        this.p10Amount = amount;
        this.p10Currency = currency;
    }

    void assignP50(BigDecimal amount, String currency) {
        this.p50Amount = amount;
        this.p50Currency = currency;
    }

    void assignP90(BigDecimal amount, String currency) {
        this.p90Amount = amount;
        this.p90Currency = currency;
    }

    /** Replaces the lines in place, so the provider rewrites the collection of this row. */
    void replaceDeals(List<ForecastDealLine> lines) {
        deals.clear();
        deals.addAll(lines);
    }
}
