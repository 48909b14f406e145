package org.smartbizflow.crm.jpa.internal.forecast;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One deal of a snapshot as it stood, a row of {@code crm_forecast_snapshot_deal}. A row per
 * deal rather than a serialised list, so that snapshots can be compared deal by deal in SQL.
 * The tenant is repeated on every line so that a deal's history across snapshots is one index
 * range scan without a join.
 */
@Embeddable
class ForecastDealLine {

    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    @Column(name = "deal_id", nullable = false, length = ForecastSnapshotEntity.TEXT_LENGTH)
    private String dealId;

    @Column(name = "amount", nullable = false, precision = ForecastSnapshotEntity.AMOUNT_PRECISION,
            scale = ForecastSnapshotEntity.AMOUNT_SCALE)
    private BigDecimal amount;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "win_probability", nullable = false)
    private double winProbability;

    @Column(name = "expected_close", nullable = false)
    private LocalDate expectedClose;

    @Column(name = "category", nullable = false, length = 16)
    private String category;

    @Column(name = "owner_id", nullable = false, length = 128)
    private String ownerId;

    @Column(name = "team", length = ForecastSnapshotEntity.TEXT_LENGTH)
    private String team;

    @Column(name = "territory", length = ForecastSnapshotEntity.TEXT_LENGTH)
    private String territory;

    @Column(name = "pipeline", length = ForecastSnapshotEntity.TEXT_LENGTH)
    private String pipeline;

    @Column(name = "stage", length = ForecastSnapshotEntity.TEXT_LENGTH)
    private String stage;

    protected ForecastDealLine() {
    }

    ForecastDealLine(String tenantId, String dealId, BigDecimal amount, String currency, double winProbability,
                     LocalDate expectedClose, String category, String ownerId, String team, String territory,
                     String pipeline, String stage) {
        this.tenantId = tenantId;
        this.dealId = dealId;
        this.amount = amount;
        this.currency = currency;
        this.winProbability = winProbability;
        this.expectedClose = expectedClose;
        this.category = category;
        this.ownerId = ownerId;
        this.team = team;
        this.territory = territory;
        this.pipeline = pipeline;
        this.stage = stage;
    }

    String dealId() {
        return dealId;
    }

    BigDecimal amount() {
        return amount;
    }

    String currency() {
        return currency;
    }

    double winProbability() {
        return winProbability;
    }

    LocalDate expectedClose() {
        return expectedClose;
    }

    String category() {
        return category;
    }

    String ownerId() {
        return ownerId;
    }

    String team() {
        return team;
    }

    String territory() {
        return territory;
    }

    String pipeline() {
        return pipeline;
    }

    String stage() {
        return stage;
    }

    /** Value equality, so the provider can tell which lines of a replaced snapshot really changed. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ForecastDealLine line)) {
            return false;
        }
        return Double.compare(winProbability, line.winProbability) == 0
                && Objects.equals(tenantId, line.tenantId) && Objects.equals(dealId, line.dealId)
                && (amount == null ? line.amount == null : line.amount != null && amount.compareTo(line.amount) == 0)
                && Objects.equals(currency, line.currency) && Objects.equals(expectedClose, line.expectedClose)
                && Objects.equals(category, line.category) && Objects.equals(ownerId, line.ownerId)
                && Objects.equals(team, line.team) && Objects.equals(territory, line.territory)
                && Objects.equals(pipeline, line.pipeline) && Objects.equals(stage, line.stage);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenantId, dealId, currency, expectedClose, category, ownerId);
    }
}
